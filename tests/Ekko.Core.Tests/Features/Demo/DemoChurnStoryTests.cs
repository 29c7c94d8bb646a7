using System.Text.Json.Nodes;
using Ekko.Core.Features.Demo;
using Xunit.Abstractions;
using static Ekko.Core.Tests.Features.Demo.DemoRecords;

namespace Ekko.Core.Tests.Features.Demo;

/// <summary>
/// Story d, churn after bad experiences, measured from the records: after a customer's first negative answer
/// they buy again within 90 days about half as often as after a customer's first positive answer. Only answers
/// up to 1 August count, so that the 90 days after them lie inside the year.
/// </summary>
public sealed class DemoChurnStoryTests(ITestOutputHelper output)
{
    private static readonly DemoDataSet Data = DemoRecords.Data;

    [Fact]
    public void Let_down_customers_stop_buying_while_satisfied_ones_come_back()
    {
        var orders = Data.Interactions.Where(e => e.Text("type") == "order.placed").ToLookup(e => e.Text("customer_id"), e => e.Time("occurred_at"));
        var last = new DateOnly(2026, 8, 1);
        var answers = Data.Responses.Where(r => r.Day("submitted_at") <= last).OrderBy(r => r.Time("submitted_at")).ToList();
        double BuysAgain(Func<JsonObject, bool> kind)
        {
            var firsts = answers.Where(kind).GroupBy(r => r.Text("customer_id")).Select(g => g.First()).ToList();
            return (double)firsts.Count(r => orders[r.Text("customer_id")].Any(t => t > r.Time("submitted_at") && t <= r.Time("submitted_at").AddDays(90))) / firsts.Count;
        }

        var afterNegative = BuysAgain(Negative);
        var afterPositive = BuysAgain(r => !Negative(r) && Positive(r));
        var afterServiceComplaint = BuysAgain(r => Negative(r) && r["comment"] is not null
            && r["answers"]?["reason"]?.GetValue<string>() is DemoComments.Delivery or DemoComments.CustomerService or DemoComments.WaitingTime);
        output.WriteLine($"bought again within 90 days: {afterNegative:P1} after a first negative answer, {afterServiceComplaint:P1} after a service complaint, {afterPositive:P1} after a first positive one");

        Assert.True(afterPositive >= afterNegative + 0.15, $"{afterPositive:P1} vs {afterNegative:P1}");
        Assert.True(afterServiceComplaint < afterNegative, $"{afterServiceComplaint:P1} vs {afterNegative:P1}");
    }

    private static bool Negative(JsonObject r) => r.Text("metric") switch
    {
        "nps" => r.Score() <= 6,
        "csat" => r.Score() <= 2,
        _ => r.Score() <= 3,
    };

    private static bool Positive(JsonObject r) => r.Text("metric") switch
    {
        "nps" => r.Score() >= 9,
        "csat" => r.Score() >= 4,
        _ => r.Score() >= 6,
    };
}
