using System.Text.Json.Nodes;
using Ekko.Core.Features.Customers;
using Ekko.Core.Features.Demo;
using Ekko.Core.Features.Interactions;
using Ekko.Core.Features.Journeys;
using Ekko.Core.Features.Responses;

namespace Ekko.Core.Tests.Features.Demo;

public sealed class DemoRetailerTests
{
    private static readonly DemoDataSet Data = DemoRecords.Data;

    [Fact]
    public void Gives_identical_records_on_every_run()
    {
        var again = DemoRetailer.Generate(DemoRetailer.DefaultEnd);

        Assert.Equal(Json(Data.Touchpoints), Json(again.Touchpoints));
        Assert.Equal(Data.Journey.ToJsonString(), again.Journey.ToJsonString());
        Assert.Equal(Json(Data.Customers), Json(again.Customers));
        Assert.Equal(Json(Data.Interactions), Json(again.Interactions));
        Assert.Equal(Json(Data.Responses), Json(again.Responses));
    }

    [Fact]
    public void Covers_the_year_that_ends_on_the_given_date()
    {
        Assert.Equal(new DateTimeOffset(2025, 11, 1, 0, 0, 0, TimeSpan.Zero), Data.From);
        Assert.Equal(DemoRetailer.DefaultEnd, Data.To);
        Assert.All(Data.Interactions, e => Assert.InRange(e.Time("occurred_at"), Data.From, Data.To));
        Assert.All(Data.Responses, r => Assert.InRange(r.Time("submitted_at"), Data.From, Data.To));

        var earlier = DemoRetailer.Generate(new DateTimeOffset(2026, 6, 30, 23, 59, 59, TimeSpan.Zero));
        Assert.Equal(new DateTimeOffset(2025, 7, 1, 0, 0, 0, TimeSpan.Zero), earlier.From);
        Assert.All(earlier.Interactions, e => Assert.InRange(e.Time("occurred_at"), earlier.From, earlier.To));
    }

    [Fact]
    public void Produces_the_stated_volumes()
    {
        Assert.Equal(20, Data.Touchpoints.Count);
        Assert.Equal(DemoRetailer.CustomerCount, Data.Customers.Count);
        Assert.InRange(Data.Interactions.Count, 45_000, 55_000);
        Assert.InRange(Data.Responses.Count, 9_000, 11_000);
        Assert.InRange(Share(Data.Responses, r => r["comment"] is not null), 0.50, 0.60);
    }

    [Fact]
    public void Has_the_stated_language_shares_and_example_addresses_only()
    {
        Assert.InRange(Share(Data.Customers, c => c.Text("language") == "sv"), 0.42, 0.48);
        Assert.InRange(Share(Data.Customers, c => c.Text("language") == "nb"), 0.22, 0.28);
        Assert.InRange(Share(Data.Customers, c => c.Text("language") == "da"), 0.17, 0.23);
        Assert.InRange(Share(Data.Customers, c => c.Text("language") == "en"), 0.08, 0.12);
        Assert.All(Data.Customers, c => Assert.Matches(@"^[a-z]+\.[a-z]+[0-9]+@example\.(se|no|dk|com)$", c.Text("email")));
        Assert.All(Data.Responses, r => Assert.Equal(LanguageOf[r.Text("customer_id")], r.Text("language")));
    }

    [Fact]
    public void Has_realistic_overall_metrics()
    {
        Assert.InRange(DemoRecords.Nps(Metric("nps")), 25, 35);
        Assert.InRange(DemoRecords.Csat(Metric("csat")), 75, 85);
        Assert.InRange(DemoRecords.Ces(Metric("ces")), 5.2, 5.6);
    }

    [Fact]
    public void Peaks_at_black_week_and_christmas_and_dips_in_summer()
    {
        var orders = Data.Interactions.Where(e => e.Text("type") == "order.placed").ToList();
        int InMonth(int year, int month) => orders.Count(e => e.Time("occurred_at") is var t && t.Year == year && t.Month == month);
        var normal = InMonth(2026, 3);

        Assert.True(InMonth(2025, 11) > 1.5 * normal, $"November {InMonth(2025, 11)} vs March {normal}");
        Assert.True(InMonth(2025, 12) > 1.4 * normal, $"December {InMonth(2025, 12)} vs March {normal}");
        Assert.True(InMonth(2026, 7) < 0.85 * normal, $"July {InMonth(2026, 7)} vs March {normal}");
    }

    [Fact]
    public void Every_record_passes_the_parser_of_its_public_format()
    {
        Assert.All(Data.Touchpoints, t => Assert.Empty(TouchpointInput.Parse(t).Errors));
        Assert.Empty(JourneyInput.Parse(Data.Journey).Errors);
        Assert.All(Data.Customers, c => Assert.Empty(CustomerRecord.Parse(c).Errors));
        Assert.All(Data.Interactions, e => Assert.Empty(InteractionRecord.Parse(e).Errors));
        Assert.All(Data.Responses, r => Assert.Empty(ResponseRecord.Parse(r).Errors));
    }

    [Fact]
    public void Refers_only_to_generated_touchpoints_and_customers_with_unique_ids()
    {
        var touchpoints = Data.Touchpoints.Select(t => t.Text("key")).ToHashSet();
        var journeyTouchpoints = Data.Journey["stages"]!.AsArray().SelectMany(s => s!["touchpoints"]!.AsArray().Select(k => k!.GetValue<string>())).ToList();

        Assert.Equal(touchpoints.Order(), journeyTouchpoints.Order());
        Assert.All(Data.Interactions, e => Assert.Contains(e.Text("touchpoint"), touchpoints));
        Assert.All(Data.Responses.Where(r => r["touchpoint"] is not null), r => Assert.Contains(r.Text("touchpoint"), touchpoints));
        Assert.All(Data.Interactions, e => Assert.True(LanguageOf.ContainsKey(e.Text("customer_id"))));
        Assert.All(Data.Responses, r => Assert.True(LanguageOf.ContainsKey(r.Text("customer_id"))));
        Assert.Equal(Data.Customers.Count, Data.Customers.Select(c => c.Text("id")).Distinct().Count());
        Assert.Equal(Data.Interactions.Count, Data.Interactions.Select(e => e.Text("id")).Distinct().Count());
        Assert.Equal(Data.Responses.Count, Data.Responses.Select(r => r.Text("id")).Distinct().Count());
    }

    [Fact]
    public void Customers_act_only_after_they_exist_and_answer_only_after_something_happened()
    {
        var createdAt = Data.Customers.ToDictionary(c => c.Text("id"), c => c.Time("created_at"));
        var firstEvent = Data.Interactions.GroupBy(e => e.Text("customer_id")).ToDictionary(g => g.Key, g => g.Min(e => e.Time("occurred_at")));

        Assert.All(Data.Interactions, e => Assert.True(e.Time("occurred_at") > createdAt[e.Text("customer_id")], e.ToJsonString()));
        Assert.All(
            Data.Responses.Where(r => r.Text("survey") != "relationship-nps"),
            r => Assert.True(firstEvent.TryGetValue(r.Text("customer_id"), out var first) && first < r.Time("submitted_at"), r.ToJsonString()));
    }

    [Fact]
    public void Orders_follow_the_purchase_sequence()
    {
        var byOrder = Data.Interactions.Where(e => e.Property("order_id") is not null).GroupBy(e => e.Property("order_id")!);
        var sequence = new[] { "cart.add", "order.placed", "payment.completed", "email.sent", "order.shipped", "order.delivered" };
        var complete = 0;
        foreach (var order in byOrder)
        {
            var types = order.OrderBy(e => e.Time("occurred_at")).Select(e => e.Text("type")).Where(sequence.Contains).ToList();
            if (types.Count == sequence.Length)
            {
                Assert.Equal(sequence, types);
                complete++;
            }
        }

        Assert.True(complete > 3_000, $"{complete} complete online orders");
    }

    private static readonly Dictionary<string, string> LanguageOf = Data.Customers.ToDictionary(c => c.Text("id"), c => c.Text("language"));

    private static List<JsonObject> Metric(string metric) => Data.Responses.Where(r => r.Text("metric") == metric).ToList();

    private static double Share(IReadOnlyCollection<JsonObject> records, Func<JsonObject, bool> predicate) =>
        (double)records.Count(predicate) / records.Count;

    private static string Json(IEnumerable<JsonObject> records) => string.Join('\n', records.Select(r => r.ToJsonString()));
}
