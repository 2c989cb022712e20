using System.Net.Http.Json;
using Microsoft.AspNetCore.Mvc;

namespace AdFlux.Gateway.Tests.Support;

public static class Problems
{
    public static async Task<ProblemDetails> ReadProblemAsync(this HttpResponseMessage response)
    {
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        return (await response.Content.ReadFromJsonAsync<ProblemDetails>())!;
    }
}
