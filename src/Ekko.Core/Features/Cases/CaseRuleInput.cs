using System.Text.Json;
using System.Text.Json.Nodes;
using Ekko.Analytics;
using Ekko.Core.Data;
using Ekko.Core.Formats;

namespace Ekko.Core.Features.Cases;

/// <summary>
/// A rule body: <c>{"name", "active"?, "position"?, "metric"?, "max_score"?, "keywords"?: [...],
/// "customer_attribute"?, "customer_attribute_value"?, "touchpoint"?, "sentiment"?, "theme"?, "priority"?,
/// "raise_priority"?: {"attribute", "at_least"}, "team"?}</c>; at least one condition is required.
/// </summary>
internal static class CaseRuleInput
{
    private static readonly string[] Sentiments = ["negative", "positive", "neutral", "mixed"];

    /// <returns>the errors; when none, <paramref name="rule"/> has been filled in.</returns>
    public static async Task<IReadOnlyList<FieldError>> ReadIntoAsync(EkkoDbContext db, Guid workspaceId, JsonNode? body, CaseRule rule, CancellationToken cancellationToken)
    {
        var reader = RecordReader.For(body, out var notAnObject);
        if (reader is null)
        {
            return [notAnObject!];
        }

        var name = reader.RequiredString("name", 200);
        var active = reader.OptionalBoolean("active") ?? true;
        var position = reader.OptionalInteger("position") ?? 0;
        Metric? metric = reader.Has("metric") ? reader.RequiredEnum<Metric>("metric") : null;
        var maxScore = reader.OptionalInteger("max_score");
        if (maxScore is not null && metric is null)
        {
            reader.AddError("max_score", "needs a metric");
        }
        else if (maxScore is { } max && metric is { } m && (max < m.ScaleOf().Min || max > m.ScaleOf().Max))
        {
            reader.AddError("max_score", $"must be on the {Names.Of(m)} scale {m.ScaleOf().Min}-{m.ScaleOf().Max}");
        }

        var keywords = new List<string>();
        if (reader.Has("keywords"))
        {
            if (body!["keywords"] is JsonArray array && array.Count <= 100 && array.All(k => k is JsonValue v && v.TryGetValue<string>(out var s) && s.Trim('*', ' ').Length is > 0 and <= 100))
            {
                keywords.AddRange(array.Select(k => k!.GetValue<string>().Trim()));
            }
            else
            {
                reader.AddError("keywords", "expected an array of up to 100 words or phrases (1-100 characters; a trailing * allows any ending)");
            }
        }

        var attribute = reader.OptionalString("customer_attribute", 64);
        var attributeValue = reader.OptionalString("customer_attribute_value", 200);
        if (attributeValue is not null && attribute is null)
        {
            reader.AddError("customer_attribute_value", "needs customer_attribute");
        }

        var touchpointKey = reader.OptionalKey("touchpoint");
        var sentiment = reader.OptionalString("sentiment", 16);
        if (sentiment is not null && !Sentiments.Contains(sentiment))
        {
            reader.AddError("sentiment", $"expected one of {string.Join(", ", Sentiments)}");
        }

        var theme = reader.OptionalKey("theme");
        var priority = reader.Has("priority") ? reader.RequiredEnum<CasePriority>("priority") : CasePriority.Normal;
        string? raiseAttribute = null;
        double? raiseAtLeast = null;
        if (reader.Has("raise_priority"))
        {
            if (body!["raise_priority"] is JsonObject raise && raise["attribute"] is JsonValue a && a.TryGetValue<string>(out var attr) && attr.Length is > 0 and <= 64
                && raise["at_least"] is JsonValue t && t.GetValueKind() == JsonValueKind.Number && raise.Count == 2)
            {
                raiseAttribute = attr;
                raiseAtLeast = t.GetValue<double>();
            }
            else
            {
                reader.AddError("raise_priority", "expected {\"attribute\": \"lifetime_value\", \"at_least\": 10000}");
            }
        }

        var teamKey = reader.OptionalKey("team");
        reader.RejectUnknownFields();
        if (reader.Errors.Count == 0 && metric is null && keywords.Count == 0 && attribute is null && touchpointKey is null && sentiment is null && theme is null)
        {
            reader.AddError("body", "a rule needs at least one condition: metric, keywords, customer_attribute, touchpoint, sentiment or theme");
        }

        Guid? touchpointId = null, teamId = null;
        if (touchpointKey is not null && (touchpointId = await db.Touchpoints.Where(t => t.WorkspaceId == workspaceId && t.Key == touchpointKey).Select(t => (Guid?)t.Id).FirstOrDefaultAsync(cancellationToken)) is null)
        {
            reader.AddError("touchpoint", $"this workspace has no touchpoint '{touchpointKey}'");
        }

        if (teamKey is not null && (teamId = await db.CaseTeams.Where(t => t.WorkspaceId == workspaceId && t.Key == teamKey).Select(t => (Guid?)t.Id).FirstOrDefaultAsync(cancellationToken)) is null)
        {
            reader.AddError("team", $"this workspace has no team '{teamKey}'");
        }

        if (reader.Errors.Count > 0)
        {
            return reader.Errors;
        }

        rule.Name = name;
        rule.Active = active;
        rule.Position = position;
        rule.Metric = metric;
        rule.MaxScore = maxScore;
        rule.Keywords = JsonSerializer.Serialize(keywords);
        rule.CustomerAttribute = attribute;
        rule.CustomerAttributeValue = attributeValue;
        rule.TouchpointId = touchpointId;
        rule.Sentiment = sentiment;
        rule.Theme = theme;
        rule.Priority = priority;
        rule.RaisePriorityAttribute = raiseAttribute;
        rule.RaisePriorityAtLeast = raiseAtLeast;
        rule.TeamId = teamId;
        return [];
    }

    public static async Task<List<CaseRuleView>> ViewsAsync(EkkoDbContext db, Guid workspaceId, IReadOnlyList<CaseRule> rules, CancellationToken cancellationToken)
    {
        var touchpoints = await db.Touchpoints.AsNoTracking().Where(t => t.WorkspaceId == workspaceId).ToDictionaryAsync(t => t.Id, t => t.Key, cancellationToken);
        var teams = await db.CaseTeams.AsNoTracking().Where(t => t.WorkspaceId == workspaceId).ToDictionaryAsync(t => t.Id, t => t.Key, cancellationToken);
        return [.. rules.Select(r => new CaseRuleView(
            r.Id, r.Name, r.Active, r.Position, r.Metric, r.MaxScore, JsonSerializer.Deserialize<string[]>(r.Keywords)!,
            r.CustomerAttribute, r.CustomerAttributeValue, r.TouchpointId is { } tp ? touchpoints.GetValueOrDefault(tp) : null,
            r.Sentiment, r.Theme, r.Priority, r.RaisePriorityAttribute, r.RaisePriorityAtLeast, r.TeamId is { } t ? teams.GetValueOrDefault(t) : null))];
    }
}
