using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using AdFlux.Ads.Api;

namespace AdFlux.Ads.Tests.Candidates;

/// <summary>Candidate CSVs and the calls that import and segment them.</summary>
public static class CandidateCalls
{
    public const string Header = "skills,years_of_experience,location,education_level,desired_salary,availability,email,phone";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>A multipart import form (for the matrix, whose bodies are built per request).</summary>
    public static MultipartFormDataContent Form(Guid clientProfile, string csv) => new()
    {
        { new StringContent(clientProfile.ToString()), "clientProfileId" },
        { new StringContent(csv, Encoding.UTF8, "text/csv"), "file", "candidates.csv" },
    };

    /// <summary>One candidate as the JSON import takes it.</summary>
    public static object JsonCandidate(string location = "Madrid", double years = 4, string education = "bachelor", long salary = 42_000, string? email = "ana@example.test") => new
    {
        skills = new[] { "React", "node" },
        yearsOfExperience = years,
        location,
        educationLevel = education,
        desiredSalary = salary,
        availability = "immediate",
        email,
        phone = "+34 600 000 001",
    };

    /// <summary>Twelve valid rows in two kinds, enough to segment.</summary>
    public static string SmallCsv()
    {
        var lines = new List<string> { Header };
        for (var i = 0; i < 6; i++)
        {
            lines.Add($"react;node,{2 + i % 3},Madrid,bachelor,{40_000 + i * 1_000},immediate,dev{i}@example.test,+34 600 000 00{i}");
            lines.Add($"java;aws,{12 + i % 3},Valencia,master,{90_000 + i * 1_000},three_months,,");
        }
        return string.Join('\n', lines);
    }

    public static async Task<HttpResponseMessage> ImportAsync(HttpClient client, string token, Guid clientProfile, string csv, Guid? jobAdId = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/ads/candidates/import?clientProfileId={clientProfile}" + (jobAdId is { } job ? $"&jobAdId={job}" : ""))
        {
            Content = new StringContent(csv, Encoding.UTF8, "text/csv"),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return await client.SendAsync(request);
    }

    public static async Task<T> ReadAsync<T>(HttpResponseMessage response, HttpStatusCode expected)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"expected {expected}, got {(int)response.StatusCode}: {text}");
        return JsonSerializer.Deserialize<T>(text, Json)!;
    }

    /// <summary>The id of a profile's latest segment that holds a candidate with an email or a phone.</summary>
    public static async Task<Guid> SegmentWithContactsAsync(HttpClient client, string token, Guid clientProfile)
    {
        var candidates = await Drafts.ExpectAsync<List<CandidateResponse>>(client, HttpMethod.Get,
            $"/api/ads/candidates?clientProfileId={clientProfile}&limit=1000", token, null, HttpStatusCode.OK);
        var reachable = candidates.Where(c => c.HasEmail || c.HasPhone).Select(c => c.Id).ToHashSet();
        var segments = await Drafts.ExpectAsync<SegmentationResponse>(client, HttpMethod.Get,
            $"/api/ads/candidates/segments?clientProfileId={clientProfile}", token, null, HttpStatusCode.OK);
        return segments.Segments.First(s => s.MemberIds.Any(reachable.Contains)).Id;
    }

    /// <summary>Imports the small CSV into a profile and segments it; the id of one of its candidates (a member of a segment).</summary>
    public static async Task<Guid> SeedAsync(HttpClient client, string token, Guid clientProfile)
    {
        using var imported = await ImportAsync(client, token, clientProfile, SmallCsv());
        await ReadAsync<CandidateImportResponse>(imported, HttpStatusCode.Created);
        var segments = await Drafts.ExpectAsync<SegmentationResponse>(client, HttpMethod.Post,
            $"/api/ads/candidates/segments/compute?clientProfileId={clientProfile}", token, null, HttpStatusCode.OK);
        return segments.Segments[0].MemberIds[0];
    }
}
