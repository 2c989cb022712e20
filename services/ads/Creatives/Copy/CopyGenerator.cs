using System.Text.Json;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Options;

namespace AdFlux.Ads.Creatives.Copy;

/// <summary>
/// Writes headline, primary text and call to action per platform with structured output, checks each
/// answer against <see cref="CopyRules"/>, asks once more with the reasons when it fails, and flags
/// what still fails. The brand's tone is asked for in the prompt, and its measurable rules
/// (<see cref="ToneRules"/>) are checked by <see cref="ToneCheck"/> like the limits.
/// </summary>
public sealed class CopyGenerator(CopyChatClients clients, IOptions<CopyOptions> options, ILogger<CopyGenerator> logger)
{
    public async Task<CopyResult> GenerateAsync(CopyBrief brief, CancellationToken cancellationToken)
    {
        var (client, provider) = clients.Create();
        using (client)
        {
            var results = await Task.WhenAll(brief.Platforms.Select(p => ForPlatformAsync(client, provider, brief, CopyLimits.For(p)!, cancellationToken)));
            var answered = results.Select(r => r.Model).FirstOrDefault(m => m is not null) ?? provider.Model;
            var isSandbox = provider.IsSandbox || answered == CopyProvider.SandboxModel;
            var who = provider with { Name = isSandbox ? CopyProvider.Sandbox : provider.Name, Model = answered, IsSandbox = isSandbox };
            var copies = results.Select(r => r.Copy).ToList();
            return new CopyResult(who, copies, Usage(who, copies.Sum(c => c.InputTokens), copies.Sum(c => c.OutputTokens)));
        }
    }

    private async Task<(PlatformCopy Copy, string? Model)> ForPlatformAsync(
        IChatClient client, CopyProvider provider, CopyBrief brief, PlatformCopyLimits limits, CancellationToken cancellationToken)
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
                throw new CopyProviderException($"The copy provider {provider.Name} failed: {error.Message}", notConfigured: false, error);
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

    private static CopyDraft Parse(string text, CopyProvider provider)
    {
        try
        {
            using var document = JsonDocument.Parse(text);
            var root = document.RootElement;
            return new CopyDraft(Field(root, "headline"), Field(root, "primaryText"), Field(root, "callToAction"));
        }
        catch (Exception error) when (error is JsonException or InvalidOperationException)
        {
            throw new CopyProviderException($"The copy provider {provider.Name} did not answer with the JSON object asked for.", notConfigured: false, error);
        }
    }

    private static string Field(JsonElement root, string name) =>
        root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString()! : "";

    private CopyUsage Usage(CopyProvider provider, long input, long output)
    {
        if (provider.IsSandbox)
        {
            return new CopyUsage(input, output, 0m, "USD", "The platform sandbox answered: no charge.");
        }
        // Providers answer with a dated model id (gpt-4o-mini-2024-07-18); the configured alias prices it too.
        if (!options.Value.Prices.TryGetValue(provider.Model, out var price) && !options.Value.Prices.TryGetValue(options.Value.Model ?? "", out price))
        {
            return new CopyUsage(input, output, null, null, $"No price for model {provider.Model} under {CopyOptions.Section}:Prices.");
        }
        var cost = (input * price.InputPerMillionTokens + output * price.OutputPerMillionTokens) / 1_000_000m;
        return new CopyUsage(input, output, decimal.Round(cost, 6), price.Currency, null);
    }
}
