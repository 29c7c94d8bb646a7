using Ekko.Analytics;
using Ekko.Core.Features.Journeys;
using Ekko.Core.Features.Responses;
using Ekko.Text.Sentiment;
using Microsoft.AspNetCore.WebUtilities;

namespace Ekko.Server.Components.Common;

/// <summary>
/// The response explorer's own filters, on top of the shared <see cref="ViewFilter"/>: metric, score band,
/// sentiment, theme, survey and a text search. Read from the address like the shared ones, so the page, its
/// links and its export download all select the same responses. Any response attribute can be a filter too
/// (<c>attributes.campaign=spring-sale</c>): the insights pages link to the answers behind an explanation that way.
/// </summary>
public sealed record ResponseView(string? Metric, string? Band, string? Sentiment, string? Theme, string? Survey, string? Text)
{
    public static readonly IReadOnlyList<string> Keys = ["metric", "band", "sentiment", "theme", "survey", "q"];

    public const string AttributePrefix = "attributes.";

    /// <summary>Response attributes the answers must have (<c>campaign</c> = <c>spring-sale</c>).</summary>
    public IReadOnlyDictionary<string, string> Attributes { get; init; } = new Dictionary<string, string>(StringComparer.Ordinal);

    /// <summary>Score bands by metric, named as CX people name them, with their score range.</summary>
    public static readonly IReadOnlyDictionary<Metric, IReadOnlyList<(string Band, int Min, int Max)>> Bands = new Dictionary<Metric, IReadOnlyList<(string, int, int)>>
    {
        [Ekko.Analytics.Metric.Nps] = [("detractors", 0, 6), ("passives", 7, 8), ("promoters", 9, 10)],
        [Ekko.Analytics.Metric.Csat] = [("dissatisfied", 1, 2), ("neutral", 3, 3), ("satisfied", 4, 5)],
        [Ekko.Analytics.Metric.Ces] = [("difficult", 1, 3), ("neutral", 4, 4), ("easy", 5, 7)],
    };

    public static ResponseView Parse(string uri)
    {
        var query = QueryHelpers.ParseQuery(new Uri(uri).Query);
        string? Get(string key) => query.TryGetValue(key, out var v) && v.ToString() is { Length: > 0 } s ? s : null;
        var attributes = query.Where(q => q.Key.StartsWith(AttributePrefix, StringComparison.Ordinal) && q.Key.Length > AttributePrefix.Length && q.Value.ToString().Length > 0)
            .ToDictionary(q => q.Key[AttributePrefix.Length..], q => q.Value.ToString(), StringComparer.Ordinal);
        return new ResponseView(Get("metric"), Get("band"), Get("sentiment"), Get("theme"), Get("survey"), Get("q")) { Attributes = attributes };
    }

    public (string Key, string? Value)[] ToQuery() =>
        [("metric", Metric), ("band", Band), ("sentiment", Sentiment), ("theme", Theme), ("survey", Survey), ("q", Text),
         .. Attributes.OrderBy(a => a.Key, StringComparer.Ordinal).Select(a => (AttributePrefix + a.Key, (string?)a.Value))];

    public bool Equals(ResponseView? other) =>
        other is not null && (Metric, Band, Sentiment, Theme, Survey, Text) == (other.Metric, other.Band, other.Sentiment, other.Theme, other.Survey, other.Text)
        && Attributes.Count == other.Attributes.Count && Attributes.All(a => other.Attributes.TryGetValue(a.Key, out var v) && v == a.Value);

    public override int GetHashCode() => HashCode.Combine(Metric, Band, Sentiment, Theme, Survey, Text, Attributes.Count);

    public Metric? ParsedMetric => Enum.TryParse<Metric>(Metric, ignoreCase: true, out var m) && Metric!.All(char.IsLetter) ? m : null;

    /// <summary>The list query for this view; a stage becomes the touchpoints the workspace's journey puts in it.</summary>
    public async Task<ListResponsesQuery> ToListQueryAsync(Guid workspaceId, ViewFilter filter, ListJourneys journeys, CancellationToken cancellationToken)
    {
        var metric = ParsedMetric;
        var band = metric is { } m && Band is { } b ? Bands[m].FirstOrDefault(x => x.Band == b) : default;
        IReadOnlyCollection<string>? stageTouchpoints = null;
        if (filter.Values.TryGetValue("stage", out var stage))
        {
            var all = await journeys.HandleAsync(new ListJourneysQuery(workspaceId), cancellationToken);
            stageTouchpoints = [.. all.SelectMany(j => j.Stages).Where(s => s.Name == stage).SelectMany(s => s.Touchpoints).Select(t => t.Key).Distinct()];
        }

        var attributes = new Dictionary<string, string>(Attributes, StringComparer.Ordinal);
        if (filter.Values.TryGetValue("segment", out var segment))
        {
            attributes["segment"] = segment;
        }

        return new ListResponsesQuery(
            workspaceId,
            From: filter.From,
            To: filter.To,
            Metric: metric,
            MinScore: band.Band is null ? null : band.Min,
            MaxScore: band.Band is null ? null : band.Max,
            Survey: Survey,
            Touchpoint: filter.Values.GetValueOrDefault("touchpoint"),
            Channel: filter.Values.GetValueOrDefault("channel"),
            Language: filter.Values.GetValueOrDefault("language"),
            Attributes: attributes.Count > 0 ? attributes : null,
            Limit: 50,
            Sentiment: Enum.TryParse<SentimentLabel>(Sentiment, ignoreCase: true, out var label) && Sentiment!.All(char.IsLetter) ? label : null,
            Theme: Theme,
            Touchpoints: stageTouchpoints,
            Text: Text);
    }
}
