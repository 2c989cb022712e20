namespace AdFlux.ServiceDefaults.AI;

/// <summary>
/// Tokens of one or more calls and their cost from the section's <c>Prices</c>; <see cref="Cost"/> is
/// null when no price is configured for the model, and <see cref="CostNote"/> says why.
/// </summary>
public sealed record ChatUsage(long InputTokens, long OutputTokens, decimal? Cost, string? Currency, string? CostNote)
{
    public static ChatUsage Of(ChatProvider provider, ChatProviderOptions options, string section, long input, long output)
    {
        if (provider.IsSandbox)
        {
            return new ChatUsage(input, output, 0m, "USD", "The platform sandbox answered: no charge.");
        }
        // Providers answer with a dated model id (gpt-4o-mini-2024-07-18); the configured alias prices it too.
        if (!options.Prices.TryGetValue(provider.Model, out var price) && !options.Prices.TryGetValue(options.Model ?? "", out price))
        {
            return new ChatUsage(input, output, null, null, $"No price for model {provider.Model} under {section}:Prices.");
        }
        var cost = (input * price.InputPerMillionTokens + output * price.OutputPerMillionTokens) / 1_000_000m;
        return new ChatUsage(input, output, decimal.Round(cost, 6), price.Currency, null);
    }
}
