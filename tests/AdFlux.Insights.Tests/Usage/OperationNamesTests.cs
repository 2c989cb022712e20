using AdFlux.ServiceDefaults.Usage;

namespace AdFlux.Insights.Tests.Usage;

public sealed class OperationNamesTests
{
    [Theory]
    [InlineData("GET", "https://graph.facebook.com/v21.0/act_1234567890/campaigns?access_token=EAAB-secret", "GET v21.0/act_{id}/campaigns")]
    [InlineData("POST", "https://googleads.googleapis.com/v17/customers/1234567890/googleAds:searchStream", "POST v17/customers/{id}/googleAds:searchStream")]
    [InlineData("GET", "https://sheets.googleapis.com/v4/spreadsheets/1BxiMVs0XRA5nFMdKvBdBZjgmUUqptlbs74OgvE2upms/values/Sheet1!A1:Z?key=AIza", "GET v4/spreadsheets/{id}/values/{id}")]
    [InlineData("POST", "https://sheets.googleapis.com/v4/spreadsheets/1BxiMVs0XRA5nFMdKvBdBZjgmUUqptlbs74OgvE2upms/values/Leads!A1:Z:append?valueInputOption=RAW", "POST v4/spreadsheets/{id}/values/{id}:append")]
    [InlineData("GET", "https://www.googleapis.com/youtube/v3/channels?part=statistics&id=UC_x5XG1OV2P6uZZ5FSM9Ttw", "GET youtube/v3/channels")]
    [InlineData("GET", "https://api.spotify.com/v1/artists/0OdUWJ0sBjDrqHygGUXeCF", "GET v1/artists/{id}")]
    [InlineData("POST", "https://api.openai.com/v1/chat/completions", "POST v1/chat/completions")]
    [InlineData("GET", "https://api.freepik.com/v1/resources/3f2a1c9e-8b7d-4e6f-a5b4-c3d2e1f0a9b8/download", "GET v1/resources/{id}/download")]
    public void An_operation_is_the_method_and_route_template_without_ids_or_query(string method, string url, string expected) =>
        Assert.Equal(expected, OperationNames.Of(new HttpMethod(method), new Uri(url)));
}
