using System.Net.Http.Json;
using System.Text.Json;
using AdFlux.ServiceDefaults.Auth;

namespace AdFlux.Identity.Tests.Hardening;

[Collection(IdentityCollection.Name)]
public sealed class OpenApiDocumentTests(IdentityWorld world)
{
    [Fact]
    public async Task The_document_lists_what_clients_call_and_hides_what_only_services_and_the_operator_call()
    {
        var document = await world.Api.Client.GetFromJsonAsync<JsonElement>("/openapi/v1.json");
        var paths = document.GetProperty("paths").EnumerateObject().Select(path => path.Name).ToList();

        Assert.DoesNotContain(ApiKeyVerifyRequest.Path, paths);
        Assert.DoesNotContain(JwksSigningKeySource.Path, paths);
        Assert.DoesNotContain("/api/identity/tenants", paths);
        Assert.Contains("/api/identity" + JwksSigningKeySource.Path, paths);
        Assert.Contains("/api/identity/logout", paths);
        Assert.Contains("/api/identity/users/{id}/deactivate", paths);
    }
}
