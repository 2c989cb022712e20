using System.Net.Http.Json;
using AdFlux.ServiceDefaults.Auth;

namespace AdFlux.Ads.Studio.Assets;

/// <summary>
/// Scores an image through ml-detection (<c>https+http://ml-detection</c>) with the caller's own
/// credentials (<see cref="CallerCredentials"/>): ml-detection records the
/// score under the caller's tenant and applies its own authorization.
/// </summary>
public sealed class ComplianceClient(HttpClient http, IHttpContextAccessor accessor)
{
    public async Task<ComplianceReply> ScoreAsync(ComplianceCall call, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/ml/compliance") { Content = JsonContent.Create(call) }
            .WithCallerCredentials(accessor.HttpContext);
        HttpResponseMessage response;
        try
        {
            response = await http.SendAsync(request, cancellationToken);
        }
        catch (Exception error) when (error is HttpRequestException || (error is TaskCanceledException && !cancellationToken.IsCancellationRequested))
        {
            throw new ComplianceUnavailableException($"ml-detection could not be reached to score the image: {error.Message}", inner: error);
        }
        using (response)
        {
            if (!response.IsSuccessStatusCode)
            {
                var detail = await response.Content.ReadAsStringAsync(cancellationToken);
                throw new ComplianceUnavailableException($"ml-detection answered {(int)response.StatusCode}: {detail}", (int)response.StatusCode);
            }
            return await response.Content.ReadFromJsonAsync<ComplianceReply>(cancellationToken)
                ?? throw new ComplianceUnavailableException("ml-detection answered an empty body.");
        }
    }
}
