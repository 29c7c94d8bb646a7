using System.Text.Json.Nodes;
using Ekko.Analytics;
using Ekko.Core.Features.Insights;

namespace Ekko.Core.Tests.Features.Insights;

public sealed class DriverTableTests
{
    [Fact]
    public void Ratings_and_reasons_become_drivers_and_the_strong_weak_rating_is_to_fix_first()
    {
        // The score follows the delivery rating closely and the price rating a little; delivery is rated low on
        // average (2.5), price high (4.5); a 'reason' text answer becomes indicators; a rare reason is left out.
        var random = new Random(4);
        var table = new DriverTable();
        for (var i = 0; i < 600; i++)
        {
            var delivery = random.Next(1, 5);              // 1-4, mean 2.5
            var price = random.Next(4, 6);                 // 4-5, mean 4.5
            var score = Math.Clamp(2 * delivery + (price - 4) + random.Next(-1, 2), 0, 10);
            var reason = i == 0 ? "rare" : score <= 4 ? "delivery" : "other";
            table.Add(score, $$"""{"delivery": {{delivery}}, "price": {{price}}, "reason": "{{reason}}", "comment_length": "long"}""");
        }

        var result = table.Analyze(Metric.Nps, bootstrap: 50);

        var drivers = result["drivers"]!.AsArray().Select(d => d!.AsObject()).ToList();
        Assert.Equal(600, (int)result["n"]!);
        Assert.Equal("delivery", (string?)drivers[0]["driver"]);
        Assert.Equal(("rating", "fix_first"), ((string?)drivers[0]["kind"], (string?)drivers[0]["quadrant"]));
        Assert.Equal("possible_overkill", (string?)drivers.Single(d => (string?)d["driver"] == "price")["quadrant"]);
        Assert.Contains(drivers, d => (string?)d["driver"] == "reason=delivery" && (string?)d["kind"] == "indicator");
        Assert.DoesNotContain(drivers, d => ((string?)d["driver"])!.EndsWith("=rare", StringComparison.Ordinal));
        Assert.True((double)result["r_squared"]! > 0.8);
        Assert.Equal(1.0, drivers.Sum(d => (double)d["importance"]!), 3);
    }

    [Fact]
    public void Too_few_responses_give_no_drivers_and_say_why()
    {
        var table = new DriverTable();
        table.Add(9, """{"delivery": 5}""");

        var result = table.Analyze(Metric.Nps);

        Assert.Empty(result["drivers"]!.AsArray());
        Assert.Contains("at least 30 responses", (string?)result["note"], StringComparison.Ordinal);
    }
}
