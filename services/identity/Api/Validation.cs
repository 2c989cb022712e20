namespace AdFlux.Identity.Api;

/// <summary>Collects field errors for one request; empty means valid.</summary>
public sealed class Validation
{
    private readonly Dictionary<string, List<string>> _errors = [];

    public bool IsValid => _errors.Count == 0;

    public Validation Require(bool condition, string field, string message)
    {
        if (!condition)
        {
            if (!_errors.TryGetValue(field, out var messages))
            {
                _errors[field] = messages = [];
            }
            messages.Add(message);
        }
        return this;
    }

    public Dictionary<string, string[]> Errors => _errors.ToDictionary(entry => entry.Key, entry => entry.Value.ToArray());
}
