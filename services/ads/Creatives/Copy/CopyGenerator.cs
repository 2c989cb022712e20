using AdFlux.ServiceDefaults.AI;
using System.Text.Json;
using Microsoft.Extensions.AI;

namespace AdFlux.Ads.Creatives.Copy;

/// <summary>
/// Writes headline, primary text and call to action per platform with structured output, checks each
/// answer against <see cref="CopyRules"/>, asks once more with the reasons when it fails, and flags
/// what still fails. The brand's tone is asked for in the prompt, and its measurable rules
/// (<see cref="ToneRules"/>) are checked by <see cref="ToneCheck"/> like the limits.
/// </summary>
public sealed class CopyGenerator(ChatClients clients, ILogger<CopyGenerator> logger)
{
    /// <summary>The copy model's settings (<see cref="ChatProviderOptions"/>): <c>Ads:Copy:Endpoint</c>, <c>:ApiKey</c>, <c>:Model</c>, <c>:Prices</c>, or <c>:SandboxEndpoint</c>.</summary>
    public const string Section = "Ads:Copy";

    public async Task<CopyResult> GenerateAsync(CopyBrief brief, CancellationToken cancellationToken)
    {
        var (client, provider) = clients.Create(Section);
        using (client)
        {
            var results = await Task.WhenAll(brief.Platforms.Select(p => ForPlatformAsync(client, provider, brief, CopyLimits.For(p)!, cancellationToken)));
            var answered = results.Select(r => r.Model).FirstOrDefault(m => m is not null) ?? provider.Model;
            var who = provider.AnsweredWith(answered);
            var copies = results.Select(r => r.Copy).ToList();
            return new CopyResult(who, copies, ChatUsage.Of(who, clients.OptionsOf(Section), Section, copies.Sum(c => c.InputTokens), copies.Sum(c => c.OutputTokens)));
        }
    }

    private async Task<(PlatformCopy Copy, string? Model)> ForPlatformAsync(
        IChatClient client, ChatProvider provider, CopyBrief brief, PlatformCopyLimits limits, CancellationToken cancellationToken)
    {
        var messages = CopyPrompt.Messages(brief, limits);
        var chatOptions = new ChatOptions { ModelId = provider.Model, ResponseFormat = CopyPrompt.Format(limits), Temperature = 0.7f };
        long input = 0, output = 0;
        string? model = null;
        for (var attempt = 1; ; attempt++)
        {
            ChatResponse response;
            try
            {
                response = await client.GetResponseAsync(messages, chatOptions, cancellationToken);
            }
            catch (Exception error) when (error is System.ClientModel.ClientResultException or HttpRequestException)
            {
                throw new ChatProviderException($"The copy provider {provider.Name} failed: {error.Message}", notConfigured: false, error);
            }
            input += response.Usage?.InputTokenCount ?? 0;
            output += response.Usage?.OutputTokenCount ?? 0;
            model ??= response.ModelId;
            var draft = Parse(response.Text, provider);
            var reasons = CopyRules.Violations(draft, limits, brief.BannedWords).Concat(ToneCheck.Violations(draft, brief.ToneRules, brief.Language)).ToList();
            if (reasons.Count == 0 || attempt == 2)
            {
                if (reasons.Count > 0)
                {
                    logger.LogInformation("Copy for {Platform} flagged after {Attempts} attempts: {Reasons}", limits.Platform, attempt, string.Join(" ", reasons));
                }
                return (new PlatformCopy(limits.Platform, draft.Headline, draft.PrimaryText, draft.CallToAction, limits, attempt, reasons.Count > 0, reasons, input, output), model);
            }
            CopyPrompt.AddRetry(messages, response.Text, reasons);
        }
    }

    private static CopyDraft Parse(string text, ChatProvider provider)
    {
        try
        {
            using var document = JsonDocument.Parse(text);
            var root = document.RootElement;
            return new CopyDraft(Field(root, "headline"), Field(root, "primaryText"), Field(root, "callToAction"));
        }
        catch (Exception error) when (error is JsonException or InvalidOperationException)
        {
            throw new ChatProviderException($"The copy provider {provider.Name} did not answer with the JSON object asked for.", notConfigured: false, error);
        }
    }

    private static string Field(JsonElement root, string name) =>
        root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString()! : "";
}
