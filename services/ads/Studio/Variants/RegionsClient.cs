using System.Net.Http.Json;
using AdFlux.Ads.Creatives.Variants;
using AdFlux.ServiceDefaults.Auth;

namespace AdFlux.Ads.Studio.Variants;

/// <summary>
/// Asks ml-detection (<c>https+http://ml-detection</c>) with the caller's own credentials where the
/// faces (BlazeFace) and objects (NanoDet-g) of an image are, so a crop keeps them. Regions are a
/// refinement, not a requirement: when ml-detection cannot answer, the lookup says so and why.
/// </summary>
public sealed class RegionsClient(HttpClient http, IHttpContextAccessor accessor, ILogger<RegionsClient> logger)
{
    /// <summary>Objects beyond the most confident few would only pull the crop apart.</summary>
    public const int MaxObjects = 5;

    public async Task<RegionLookup> FindAsync(byte[] image, CancellationToken cancellationToken)
    {
        var base64 = Convert.ToBase64String(image);
        try
        {
            var faces = await AnalyzeAsync("/api/ml/faces", base64, cancellationToken);
            var objects = await AnalyzeAsync("/api/ml/detect", base64, cancellationToken);
            var regions = faces.Select(f => Region(f, "face"))
                .Concat(objects.OrderByDescending(o => o.Confidence).Take(MaxObjects).Select(o => Region(o, o.Label)))
                .ToList();
            return new RegionLookup(true, regions, null);
        }
        catch (RegionsUnavailableException unavailable)
        {
            logger.LogWarning("Regions of interest unavailable, cropping by saliency: {Reason}", unavailable.Message);
            return RegionLookup.Unavailable(unavailable.Message);
        }
    }

    private async Task<IReadOnlyList<DetectionFinding>> AnalyzeAsync(string path, string base64, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = JsonContent.Create(new { image = base64 }) }
            .WithCallerCredentials(accessor.HttpContext);
        HttpResponseMessage response;
        try
        {
            response = await http.SendAsync(request, cancellationToken);
        }
        catch (Exception error) when (error is HttpRequestException || (error is TaskCanceledException && !cancellationToken.IsCancellationRequested))
        {
            throw new RegionsUnavailableException($"ml-detection could not be reached ({path}): {error.Message}");
        }
        using (response)
        {
            if (!response.IsSuccessStatusCode)
            {
                throw new RegionsUnavailableException($"ml-detection answered {(int)response.StatusCode} to {path}.");
            }
            var reply = await response.Content.ReadFromJsonAsync<DetectionReply>(cancellationToken);
            return reply?.Detections ?? throw new RegionsUnavailableException($"ml-detection answered {path} without detections.");
        }
    }

    private static RegionOfInterest Region(DetectionFinding finding, string label) =>
        new(finding.Box.X, finding.Box.Y, finding.Box.Width, finding.Box.Height, label);
}
