using System.Text.Json.Nodes;
using Ekko.Analytics.Retention;
using Ekko.Core.Features.Demo;
using Ekko.Core.Tests.Features.Demo;
using Ekko.Text;
using Ekko.Text.Sentiment;

namespace Ekko.Core.Tests.Features.Insights.Churn;

/// <summary>The demo year as churn histories, read straight from the records (comments through Ekko.Text, as the pipeline reads them).</summary>
internal static class DemoChurnHistories
{
    private static readonly Lazy<IReadOnlyList<CustomerHistory>> Lazy = new(() => From(DemoRecords.Data));

    public static IReadOnlyList<CustomerHistory> Histories => Lazy.Value;

    public static IReadOnlyList<CustomerHistory> From(DemoDataSet data)
    {
        var analyzer = new TextAnalyzer();
        var orders = data.Interactions.Where(e => e.Text("type") == "order.placed").ToLookup(e => e.Text("customer_id"), e => e.Day("occurred_at"));
        var contacts = data.Interactions.ToLookup(e => e.Text("customer_id"), e => e.Day("occurred_at"));
        var answers = data.Responses.Where(r => r["score"] is not null).ToLookup(r => r.Text("customer_id"));
        var mentions = data.Responses.Where(r => r["comment"] is not null).ToLookup(r => r.Text("customer_id"), r =>
            analyzer.Analyze(r.Text("comment"), r.Text("language")).Themes.Where(t => t.Sentiment.Label == SentimentLabel.Negative)
                .Select(t => new ThemeMention(r.Day("submitted_at"), t.ThemeId)).ToList());
        return [.. data.Customers.Select(c =>
        {
            var id = c.Text("id");
            var days = orders[id].ToList();
            return new CustomerHistory(id, c.Day("created_at"), days.Count > 0 ? new ActivityHistory(days) : null, [.. contacts[id]],
                [.. answers[id].Select(Answer)], [.. mentions[id].SelectMany(m => m)], []);
        })];
    }

    private static ScoredAnswer Answer(JsonObject r)
    {
        var score = r.Score();
        return r.Text("metric") switch
        {
            "nps" => new ScoredAnswer(r.Day("submitted_at"), score / 10.0, score <= 6),
            "csat" => new ScoredAnswer(r.Day("submitted_at"), (score - 1) / 4.0, score <= 2),
            _ => new ScoredAnswer(r.Day("submitted_at"), (score - 1) / 6.0, score <= 3),
        };
    }
}
