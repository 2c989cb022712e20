using System.Security.Cryptography;
using System.Text;
using AdFlux.Identity.Api;
using Microsoft.Extensions.Options;

namespace AdFlux.Identity.Tenants;

/// <summary>
/// Admits the platform operator only: the right <c>X-Operator-Key</c>. A tenant's admin is
/// authenticated but not the operator (403); anyone else must send the key (401).
/// </summary>
public sealed class OperatorKeyFilter(IOptions<OperatorOptions> options) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        string? presented = http.Request.Headers[OperatorOptions.Header];
        if (options.Value.ApiKey is { Length: > 0 } expected && presented is { Length: > 0 } && Matches(presented, expected))
        {
            return await next(context);
        }
        if (string.IsNullOrEmpty(presented) && http.User.Identity?.IsAuthenticated == true)
        {
            return Problems.Status(StatusCodes.Status403Forbidden, "Not allowed", detail: "Only the platform operator creates tenants.");
        }
        return Problems.Status(StatusCodes.Status401Unauthorized, "Authentication required", detail: $"Send the platform operator's key ({OperatorOptions.Header}).");
    }

    // Hashing first makes the comparison constant-time whatever the lengths.
    private static bool Matches(string presented, string expected) =>
        CryptographicOperations.FixedTimeEquals(SHA256.HashData(Encoding.UTF8.GetBytes(presented)), SHA256.HashData(Encoding.UTF8.GetBytes(expected)));
}
