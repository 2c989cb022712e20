using Microsoft.Playwright;

namespace AdFlux.Web.FirstPaint.Benchmark;

/// <summary>
/// One cold load of the client view in a fresh browser context (no cache, the signed-in cookie only):
/// milliseconds from navigation to every platform's chart drawn, the bytes that came over the network
/// for it (HTTP bodies and headers, plus the Blazor circuit's WebSocket frames), and where the time
/// went: first contentful paint, the HTML's first and last byte, DOMContentLoaded and load.
/// </summary>
public static class PageLoad
{
    /// <summary>
    /// Runs in the page before its own scripts: watches the document as it is parsed and, once every
    /// platform's chart has its lines, waits for the next frame (two animation frames) and resolves with
    /// that time since navigation. Chromium may hold a loading page's first frames back, so the paint is
    /// the later of that and the first contentful paint. Measured in the page, so neither Playwright's
    /// polling nor the <c>load</c> event's scripts are counted.
    /// </summary>
    private const string PaintProbe = """
        window.adfluxChartsPainted = new Promise(resolve => {
            const drawn = () => document.querySelectorAll('[data-platform] figure.chart svg path').length > 0
                && document.querySelectorAll('[data-platform] figure.chart').length === {platforms};
            const observer = new MutationObserver(() => {
                if (drawn()) {
                    observer.disconnect();
                    requestAnimationFrame(() => requestAnimationFrame(() => resolve(performance.now())));
                }
            });
            observer.observe(document, { childList: true, subtree: true });
        });
        window.adfluxFirstContentfulPaint = new Promise(resolve =>
            new PerformanceObserver(list => list.getEntriesByName('first-contentful-paint').forEach(e => resolve(e.startTime)))
                .observe({ type: 'paint', buffered: true }));
        """;

    public static async Task<(double Milliseconds, long Bytes, double[] Phases)> MeasureAsync(IBrowser browser, Uri gateway, string storageState, int platforms)
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

        await page.AddInitScriptAsync(PaintProbe.Replace("{platforms}", platforms.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal));
        await page.GotoAsync("/");
        var timings = await page.EvaluateAsync<double[]>(
            "() => Promise.all([window.adfluxChartsPainted, window.adfluxFirstContentfulPaint]).then(([painted, fcp]) => { " +
            "const n = performance.getEntriesByType('navigation')[0]; " +
            "return [Math.max(painted, fcp), fcp, n.responseStart, n.responseEnd, n.domContentLoadedEventEnd, n.loadEventEnd]; })");
        var elapsed = timings[0];
        var phases = timings[1..];

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
        return (elapsed, bytes, phases);
    }
}
