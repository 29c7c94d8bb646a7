using System.Globalization;
using System.Text.Json.Nodes;
using static Ekko.Core.Features.Demo.DemoCatalog;

namespace Ekko.Core.Features.Demo;

/// <summary>
/// The fourth story, churn after bad experiences (docs/demo-data.md): a pass over the finished year that
/// draws only from its own <see cref="Random"/> (<see cref="DemoStories.ChurnSeed"/>), so every draw of the
/// simulation, and with it the three other stories, stays exactly as it was. Let-down customers stop
/// buying; satisfied customers keep coming back to their store.
/// </summary>
internal sealed partial class DemoGenerator
{
    private static readonly HashSet<string> ServiceTopics = [DemoComments.Delivery, DemoComments.CustomerService, DemoComments.WaitingTime];
    private static readonly HashSet<string> ProblemReasons = ["price_dispute", "delivery_status", "payment_error"];

    private void PlantChurn()
    {
        var churnRandom = new Random(DemoStories.ChurnSeed);
        var answersOf = responses.ToLookup(r => r.Person);
        var leaves = LeavingDays(churnRandom);
        var orderStart = new Dictionary<string, DateTimeOffset>();
        foreach (var e in events)
        {
            if (OrderOf(e) is { } id && (!orderStart.TryGetValue(id, out var first) || e.At < first))
            {
                orderStart[id] = e.At;
            }
        }

        // What belongs to an order placed before they left still happens (the parcel arrives, the refund is
        // paid, the delivery survey is answered); nothing they would start themselves does. The campaign
        // newsletter is the shop's doing and keeps coming.
        bool Gone(Person person, DateTimeOffset at, string? orderId) =>
            leaves.TryGetValue(person, out var left) && at >= left && (orderId is null || orderStart.GetValueOrDefault(orderId, at) >= left);

        events.RemoveAll(e => e.Type != "newsletter.sent" && Gone(e.Person, e.At, OrderOf(e)));
        responses.RemoveAll(r => Gone(r.Person, r.At, r.OrderId));

        var purchases = new List<(Person Person, DateOnly Day)>();
        foreach (var person in people)
        {
            var answers = answersOf[person].Where(r => !Gone(person, r.At, r.OrderId)).OrderBy(r => r.At).ThenBy(r => r.Sequence).ToList();
            for (var i = 0; i < answers.Count; i++)
            {
                var answer = answers[i];
                var until = i + 1 < answers.Count ? answers[i + 1].At : to;
                var loyal = churnRandom.NextDouble() < DemoStories.ChurnComeBackAfterGoodAnswer;
                if (ToneOf(answer.Metric, answer.Score) != Tone.Positive || !loyal)
                {
                    continue;
                }

                // The first answer of the year tells how they felt before it too; otherwise the regular buyers
                // would only appear as the year goes on and bend its seasonal shape.
                var start = i == 0 ? (person.CreatedAt > from ? person.CreatedAt : from) : answer.At;
                var day = DayOf(start).AddDays(-churnRandom.Next(0, DemoStories.ChurnComeBackMaxDays));
                while (true)
                {
                    var gap = DemoStories.ChurnComeBackMinDays + churnRandom.NextDouble() * (DemoStories.ChurnComeBackMaxDays - DemoStories.ChurnComeBackMinDays);
                    day = AfterBusyDays(day, gap);
                    var at = new DateTimeOffset(day.Year, day.Month, day.Day, 12, 0, 0, TimeSpan.Zero);
                    if (at >= until || at > to || Gone(person, at, null))
                    {
                        break;
                    }

                    purchases.Add((person, day));
                }
            }
        }

        foreach (var (person, day) in purchases)
        {
            StorePurchase(churnRandom, person, day);
        }
    }

    /// <summary>
    /// When each let-down customer leaves: every negative answer (NPS 0-6, CSAT 1-2, CES 1-3), and every
    /// contact about a problem (price dispute, parcel status, failed payment), makes them leave with its
    /// probability, a few days to three weeks later; the earliest such day counts.
    /// </summary>
    private Dictionary<Person, DateTimeOffset> LeavingDays(Random churnRandom)
    {
        var leaves = new Dictionary<Person, DateTimeOffset>();
        void Consider(Person person, DateTimeOffset at, double probability)
        {
            // Both draws are made for every candidate, so that the sequence does not depend on the outcomes.
            var goes = churnRandom.NextDouble() < probability;
            var delay = churnRandom.Next(DemoStories.ChurnLeaveMinDays, DemoStories.ChurnLeaveMaxDays + 1);
            if (goes && (!leaves.TryGetValue(person, out var earlier) || at.AddDays(delay) < earlier))
            {
                leaves[person] = at.AddDays(delay);
            }
        }

        foreach (var r in responses)
        {
            if (ToneOf(r.Metric, r.Score) == Tone.Negative)
            {
                var aboutService = r.Comment is not null && r.Reason is not null && ServiceTopics.Contains(r.Reason);
                Consider(r.Person, r.At, aboutService ? DemoStories.ChurnLeaveAfterServiceComplaint : DemoStories.ChurnLeaveAfterNegativeAnswer);
            }
        }

        foreach (var e in events)
        {
            if (e.Type.StartsWith("support.", StringComparison.Ordinal) && e.Properties["reason"]?.GetValue<string>() is { } reason && ProblemReasons.Contains(reason))
            {
                Consider(e.Person, e.At, DemoStories.ChurnLeaveAfterProblemContact);
            }
        }

        return leaves;
    }

    /// <summary>
    /// A regular's quick repeat purchase at their store's till (accessories, cables, upgrades): the order and its
    /// payment, without the store visit event a browsing customer leaves and without a survey.
    /// </summary>
    private void StorePurchase(Random churnRandom, Person person, DateOnly day)
    {
        var product = Products[churnRandom.Next(Products.Count)];
        var placed = new DateTimeOffset(day.Year, day.Month, day.Day, churnRandom.Next(8, 18), churnRandom.Next(0, 60), churnRandom.Next(0, 60), TimeSpan.Zero);
        var valueSek = product.MinSek + ((product.MaxSek - product.MinSek) * 0.3 * churnRandom.NextDouble());
        var value = (int)Math.Round(valueSek * PerSek(person.Country.Currency) / 10) * 10 - 1;
        var orderId = string.Create(CultureInfo.InvariantCulture, $"o-{++orderNumber:D6}");
        Emit(placed, person, "order.placed", "physical-store", "store", new JsonObject
        {
            ["order_id"] = orderId, ["store"] = person.Store, ["order_value"] = value, ["currency"] = person.Country.Currency, ["product_category"] = product.Key,
        });
        Emit(placed.AddSeconds(churnRandom.Next(20, 91)), person, "payment.completed", "payment", "store",
            new JsonObject { ["order_id"] = orderId, ["method"] = "card", ["attempts"] = 1 });
    }

    private static string? OrderOf(PendingEvent e) => e.Properties["order_id"]?.GetValue<string>();

    /// <summary>
    /// The day after which <paramref name="gap"/> ordinary days' worth of shopping has passed: the gap is
    /// measured in the calendar's order volume, so regular buyers come back sooner in Black Week and later in
    /// July, and their purchases keep the year's seasonal shape.
    /// </summary>
    private DateOnly AfterBusyDays(DateOnly day, double gap)
    {
        var mean = cumulativeDayWeights[^1] / days.Count;
        var passed = 0.0;
        while (passed < gap)
        {
            day = day.AddDays(1);
            passed += DayWeight(day) / mean;
        }

        return day;
    }
}
