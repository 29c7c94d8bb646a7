using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Ekko.Analytics;

namespace Ekko.Core.Features.Cases;

/// <summary>
/// What a rule can look at in a response. <see cref="Sentiment"/> (of the whole comment), <see cref="Themes"/> and
/// <see cref="ThemeSentiments"/> (the sentiment of the comment's part about each theme) come from the text
/// pipeline: rules that use them are run when it stores its analysis (docs/closed-loop.md).
/// </summary>
public sealed record ResponseFacts(
    Metric? Metric, int? Score, string? Comment, Guid? TouchpointId, JsonObject CustomerAttributes,
    string? Sentiment = null, IReadOnlyCollection<string>? Themes = null, IReadOnlyDictionary<string, string>? ThemeSentiments = null);

/// <summary>Whether a rule matches a response, and why (the reason goes into the case's audit trail).</summary>
public static class CaseRuleMatch
{
    // Rules are evaluated for every stored response; a keyword's pattern is built once per process.
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, Regex> Patterns = new(StringComparer.Ordinal);

    /// <returns>why it matched, or null when it does not.</returns>
    public static string? Explain(CaseRule rule, ResponseFacts facts)
    {
        ArgumentNullException.ThrowIfNull(rule);
        ArgumentNullException.ThrowIfNull(facts);
        var reasons = new List<string>();
        if (rule.Metric is { } metric)
        {
            if (facts.Metric != metric || facts.Score is not { } score || (rule.MaxScore is { } max && score > max))
            {
                return null;
            }

            reasons.Add(rule.MaxScore is { } limit ? $"{metric.ToString().ToUpperInvariant()} {score} <= {limit}" : $"{metric.ToString().ToUpperInvariant()} {score}");
        }

        var keywords = JsonSerializer.Deserialize<string[]>(rule.Keywords) ?? [];
        if (keywords.Length > 0)
        {
            var word = keywords.FirstOrDefault(k => facts.Comment is { } comment && Patterns.GetOrAdd(k, KeywordPattern).IsMatch(comment));
            if (word is null)
            {
                return null;
            }

            reasons.Add($"comment mentions \"{word}\"");
        }

        if (rule.CustomerAttribute is { } attribute)
        {
            var value = facts.CustomerAttributes[attribute] is JsonValue v ? AsText(v) : null;
            if (value is null || (rule.CustomerAttributeValue is { } expected && !string.Equals(value, expected, StringComparison.OrdinalIgnoreCase)))
            {
                return null;
            }

            reasons.Add($"customer {attribute} = {value}");
        }

        if (rule.TouchpointId is { } touchpoint)
        {
            if (facts.TouchpointId != touchpoint)
            {
                return null;
            }

            reasons.Add("at the rule's touchpoint");
        }

        if (rule.Sentiment is { } sentiment && rule.Theme is { } about)
        {
            // "Negative on delivery": the sentiment of what the comment says about the theme, not of the whole comment
            // ("great phone, but the parcel took a week" is mixed overall and negative about delivery).
            if (facts.ThemeSentiments?.GetValueOrDefault(about) is not { } said || !string.Equals(said, sentiment, StringComparison.Ordinal))
            {
                return null;
            }

            reasons.Add($"{sentiment} about theme {about}");
        }
        else if (rule.Sentiment is { } overall)
        {
            if (!string.Equals(facts.Sentiment, overall, StringComparison.Ordinal))
            {
                return null;
            }

            reasons.Add($"{overall} sentiment");
        }
        else if (rule.Theme is { } theme)
        {
            if (facts.Themes?.Contains(theme) != true)
            {
                return null;
            }

            reasons.Add($"theme {theme}");
        }

        // A rule without any condition would open a case for every response; that is never what was meant.
        return reasons.Count == 0 ? null : $"rule '{rule.Name}': {string.Join(", ", reasons)}";
    }

    /// <summary>The rule's priority, one level higher for a customer whose value attribute reaches the threshold.</summary>
    public static CasePriority PriorityFor(CaseRule rule, ResponseFacts facts)
    {
        ArgumentNullException.ThrowIfNull(rule);
        ArgumentNullException.ThrowIfNull(facts);
        if (rule.RaisePriorityAttribute is { } attribute && rule.RaisePriorityAtLeast is { } threshold
            && facts.CustomerAttributes[attribute] is JsonValue v
            && double.TryParse(AsText(v), NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && value >= threshold)
        {
            return (CasePriority)Math.Min((int)rule.Priority + 1, (int)CasePriority.Urgent);
        }

        return rule.Priority;
    }

    /// <summary>
    /// A word or phrase as a whole-word, case-insensitive pattern; a trailing * allows any ending
    /// ("cancel*" finds "cancelled", "uppsägning" needs its own entry). Spaces match any run of whitespace.
    /// </summary>
    public static Regex KeywordPattern(string keyword)
    {
        ArgumentNullException.ThrowIfNull(keyword);
        var open = keyword.EndsWith('*');
        var words = keyword.TrimEnd('*').Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(Regex.Escape);
        return new Regex($@"(?<![\p{{L}}\p{{N}}]){string.Join(@"\s+", words)}{(open ? @"[\p{L}\p{N}]*" : @"(?![\p{L}\p{N}])")}",
            RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromMilliseconds(100));
    }

    private static string? AsText(JsonValue value) => value.GetValueKind() switch
    {
        JsonValueKind.String => value.GetValue<string>(),
        JsonValueKind.True => "true",
        JsonValueKind.False => "false",
        JsonValueKind.Number => value.ToJsonString(),
        _ => null,
    };
}
