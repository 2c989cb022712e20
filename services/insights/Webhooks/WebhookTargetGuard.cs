using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.Options;

namespace AdFlux.Insights.Webhooks;

/// <summary>
/// Refuses webhook targets on private addresses (<see cref="PrivateAddresses"/>) unless
/// <see cref="WebhookOptions.AllowPrivateTargets"/>: when an endpoint is registered, and again
/// when each delivery connects, after its own DNS lookup, so a name that later resolves to an
/// internal address (DNS rebinding) is still refused.
/// </summary>
public sealed class WebhookTargetGuard(IOptions<WebhookOptions> options)
{
    /// <summary>Why <paramref name="url"/> may not be registered, or null when it may.</summary>
    public async Task<string?> ProblemWithAsync(string? url, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(url) || url.Length > Data.Configurations.CommentColumns.UrlLength
            || !Uri.TryCreate(url.Trim(), UriKind.Absolute, out var uri) || uri.Scheme is not ("https" or "http") || string.IsNullOrEmpty(uri.Host))
        {
            return "url must be an absolute http or https URL of at most 2000 characters.";
        }
        if (!string.IsNullOrEmpty(uri.UserInfo))
        {
            return "url must not carry a user name or password; the signature authenticates AdFlux.";
        }
        try
        {
            await AddressesOfAsync(uri.IdnHost, cancellationToken);
            return null;
        }
        catch (WebhookTargetRefusedException refused)
        {
            return refused.Message;
        }
    }

    /// <summary>The <see cref="SocketsHttpHandler.ConnectCallback"/> of the webhook client: connects only to allowed addresses.</summary>
    public async ValueTask<Stream> ConnectAsync(SocketsHttpConnectionContext context, CancellationToken cancellationToken)
    {
        var addresses = await AddressesOfAsync(context.DnsEndPoint.Host, cancellationToken);
        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            await socket.ConnectAsync(addresses, context.DnsEndPoint.Port, cancellationToken);
            return new NetworkStream(socket, ownsSocket: true);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }

    private async Task<IPAddress[]> AddressesOfAsync(string host, CancellationToken cancellationToken)
    {
        IPAddress[] addresses;
        if (IPAddress.TryParse(host.Trim('[', ']'), out var literal))
        {
            addresses = [literal];
        }
        else
        {
            try
            {
                addresses = await Dns.GetHostAddressesAsync(host, cancellationToken);
            }
            catch (SocketException ex)
            {
                throw new WebhookTargetRefusedException($"url's host {host} does not resolve: {ex.SocketErrorCode}.");
            }
        }
        var allowed = options.Value.AllowPrivateTargets ? addresses : addresses.Where(a => !PrivateAddresses.IsPrivate(a)).ToArray();
        if (allowed.Length == 0)
        {
            throw new WebhookTargetRefusedException(
                $"url's host {host} resolves only to private, loopback, link-local or unique-local addresses, which webhooks may not reach.");
        }
        if (allowed.Length < addresses.Length)
        {
            // A name that mixes public and private answers is refused whole: which one a connection gets is not ours to choose.
            throw new WebhookTargetRefusedException($"url's host {host} resolves to private addresses as well as public ones, which webhooks may not reach.");
        }
        return allowed;
    }
}
