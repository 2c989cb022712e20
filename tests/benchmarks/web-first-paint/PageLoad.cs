using System.Diagnostics;
using Microsoft.Playwright;

namespace AdFlux.Web.FirstPaint.Benchmark;

/// <summary>
/// One cold load of the client view in a fresh browser context (no cache, the signed-in cookie only):
/// milliseconds from navigation to every platform's chart drawn, and the bytes that came over the
/// network for it (HTTP bodies and headers, plus the Blazor circuit's WebSocket frames).
/// </summary>
public static class PageLoad
{
    public static async Task<(double Milliseconds, long Bytes)> MeasureAsync(IBrowser browser, Uri gateway, string storageState, int platforms)
    {
        await using var context = await browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = gateway.ToString(), StorageState = storageState });
        var page = await context.NewPageAsync();
        page.SetDefaultTimeout(60_000);
        var requests = new List<IRequest>();
        long frames = 0;
        page.RequestFinished += (_, request) =>
        {
            lock (requests)
            {
                requests.Add(request);
            }
        };
        page.WebSocket += (_, socket) => socket.FrameReceived += (_, frame) => Interlocked.Add(ref frames, frame.Binary?.Length ?? System.Text.Encoding.UTF8.GetByteCount(frame.Text ?? ""));

        var clock = Stopwatch.StartNew();
        await page.GotoAsync("/");
        await page.WaitForFunctionAsync(
            "n => document.querySelectorAll('[data-platform] figure.chart svg path').length > 0 && document.querySelectorAll('[data-platform] figure.chart').length === n",
            platforms, new() { PollingInterval = 5 });
        var elapsed = clock.Elapsed.TotalMilliseconds;

        // The rest of the first load (scripts, the circuit's start) counts for bytes, not for the paint.
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        await page.Locator("main[data-interactive=true]").WaitForAsync();
        IRequest[] finished;
        lock (requests)
        {
            finished = [.. requests];
        }
        long bytes = Interlocked.Read(ref frames);
        foreach (var request in finished)
        {
            var sizes = await request.SizesAsync();
            bytes += sizes.ResponseBodySize + sizes.ResponseHeadersSize;
        }
        return (elapsed, bytes);
    }
}
