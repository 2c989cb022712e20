using System.Text.RegularExpressions;

namespace AdFlux.PlatformSandbox.OpenAi;

/// <summary>
/// What the sandbox model reads from a conversation: the words of the first user message (its
/// "brief") and the test cues written there in brackets. <c>[overlong]</c> makes every string
/// longer than its schema's <c>maxLength</c>; <c>[say:word]</c> puts the word in every string;
/// <c>[invalid-json]</c> answers a truncated JSON text instead of the object;
/// the <c>-once</c> forms (<c>[overlong-once]</c>, <c>[say-once:word]</c>, <c>[invalid-json-once]</c>) apply only to a first
/// answer, not once the conversation holds an earlier assistant turn — so a client's
/// "regenerate once" path can be driven to succeed or to fail.
/// </summary>
public sealed partial record PromptCues(IReadOnlyList<string> Words, bool Overlong, IReadOnlyList<string> Say, bool InvalidJson = false)
{
    public static PromptCues From(string firstUserMessage, bool isRetry)
    {
        var overlong = false;
        var invalidJson = false;
        var say = new List<string>();
        foreach (Match cue in CuePattern().Matches(firstUserMessage))
        {
            var once = cue.Groups["once"].Success;
            if (once && isRetry)
            {
                continue;
            }
            if (cue.Groups["word"].Success)
            {
                say.Add(cue.Groups["word"].Value);
            }
            else if (cue.Groups["invalid"].Success)
            {
                invalidJson = true;
            }
            else
            {
                overlong = true;
            }
        }
        var words = WordPattern().Matches(CuePattern().Replace(firstUserMessage, " "))
            .Select(m => m.Value)
            .DistinctBy(w => w.ToLowerInvariant())
            .ToList();
        return new PromptCues(words.Count > 0 ? words : ["sandbox"], overlong, say, invalidJson);
    }

    [GeneratedRegex(@"\[(?:overlong(?<once>-once)?|(?<invalid>invalid-json)(?<once>-once)?|say(?<once>-once)?:(?<word>[^\]\s]+))\]", RegexOptions.IgnoreCase)]
    private static partial Regex CuePattern();

    [GeneratedRegex(@"[\p{L}\p{N}][\p{L}\p{N}'’-]*")]
    private static partial Regex WordPattern();
}
