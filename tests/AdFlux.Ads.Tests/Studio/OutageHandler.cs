namespace AdFlux.Ads.Tests.Studio;

/// <summary>Fails every call with the error a refused connection gives while the outage is on; otherwise passes it to ml-detection.</summary>
public sealed class OutageHandler(MlDetectionOutage outage, HttpMessageHandler inner) : DelegatingHandler(inner)
{
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
        outage.Down
            ? throw new HttpRequestException(HttpRequestError.ConnectionError, "Connection refused (ml-detection.test:80)")
            : base.SendAsync(request, cancellationToken);
}
