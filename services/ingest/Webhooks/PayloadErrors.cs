namespace AdFlux.Ingest.Webhooks;

/// <summary>Field errors of one payload; a missing required field outranks an invalid one as the rejection reason.</summary>
public sealed class PayloadErrors
{
    private readonly Dictionary<string, List<string>> _errors = [];

    public bool AnyMissing { get; private set; }

    public bool IsEmpty => _errors.Count == 0;

    public string Reason => AnyMissing ? RejectionReasons.MissingField : RejectionReasons.InvalidField;

    public void Missing(string field)
    {
        AnyMissing = true;
        Add(field, $"{field} is required.");
    }

    public void Invalid(string field, string message) => Add(field, message);

    public Dictionary<string, string[]> ToDictionary() => _errors.ToDictionary(e => e.Key, e => e.Value.ToArray());

    private void Add(string field, string message)
    {
        if (!_errors.TryGetValue(field, out var messages))
        {
            _errors[field] = messages = [];
        }
        messages.Add(message);
    }
}
