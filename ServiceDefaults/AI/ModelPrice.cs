namespace AdFlux.ServiceDefaults.AI;

/// <summary>What a model costs per million input and output tokens, from the provider's price list, in <see cref="Currency"/>.</summary>
public sealed class ModelPrice
{
    public decimal InputPerMillionTokens { get; set; }

    public decimal OutputPerMillionTokens { get; set; }

    public string Currency { get; set; } = "USD";
}
