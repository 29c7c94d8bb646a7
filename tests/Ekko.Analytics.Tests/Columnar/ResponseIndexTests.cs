using Ekko.Analytics.Columnar;
using Ekko.Analytics.Metrics;

namespace Ekko.Analytics.Tests.Columnar;

public sealed class ResponseIndexTests
{
    private static readonly DateOnly Day = new(2026, 3, 10);

    [Fact]
    public void Remove_takes_away_exactly_one_equal_answer()
    {
        using var index = new ResponseIndex();
        index.AddRange([Answer(9, "c1", Day, ("touchpoint", "shop"), ("channel", "email")), Answer(9, "c1", Day, ("touchpoint", "shop"), ("channel", "email")),
            Answer(9, "c1", Day, ("touchpoint", "shop"), ("channel", "sms"))]);

        // An equal answer need not be the same object, nor list its dimensions in the same order.
        Assert.True(index.Remove(Answer(9, "c1", Day, ("channel", "email"), ("touchpoint", "shop"))));

        Assert.Equal(2, index.Count);
        var cells = ByChannel(index);
        Assert.Equal(1, cells["email"].Count(9));
        Assert.Equal(1, cells["sms"].Count(9));
        Assert.True(index.Remove(Answer(9, "c1", Day, ("touchpoint", "shop"), ("channel", "email"))));
        Assert.False(index.Remove(Answer(9, "c1", Day, ("touchpoint", "shop"), ("channel", "email"))));
        Assert.Equal(1, index.Count);
        Assert.Equal(["sms"], ByChannel(index).Keys);
    }

    [Fact]
    public void Remove_needs_every_stored_field_to_match()
    {
        using var index = new ResponseIndex();
        index.AddRange([Answer(9, "c1", Day, ("touchpoint", "shop"), ("channel", "email")), Answer(5, "c2", Day, ("touchpoint", "web")),
            Answer(7, null, Day, ("touchpoint", "web"))]);
        var different = new[]
        {
            Answer(9, "c1", Day.AddDays(1), ("touchpoint", "shop"), ("channel", "email")),     // day
            Answer(10, "c1", Day, ("touchpoint", "shop"), ("channel", "email")),               // score
            Answer(9, "c2", Day, ("touchpoint", "shop"), ("channel", "email")),                // another known customer
            Answer(9, "c9", Day, ("touchpoint", "shop"), ("channel", "email")),                // an unknown customer
            Answer(9, null, Day, ("touchpoint", "shop"), ("channel", "email")),                // anonymous
            Answer(9, "c1", Day, ("touchpoint", "web"), ("channel", "email")),                 // another known value
            Answer(9, "c1", Day, ("touchpoint", "mall"), ("channel", "email")),                // an unknown value
            Answer(9, "c1", Day, ("touchpoint", "shop")),                                      // a dimension missing
            Answer(9, "c1", Day, ("touchpoint", "shop"), ("channel", "email"), ("language", "sv")), // an unknown dimension
            Answer(5, "c2", Day, ("touchpoint", "web"), ("channel", "email")),                 // a value the answer lacks
            Answer(7, "c2", Day, ("touchpoint", "web")),                                       // a customer where there was none
            new IndexedResponse(Metric.Csat, Day, 5, "c2", [new("touchpoint", "web")]),          // another metric
        };

        Assert.All(different, response => Assert.False(index.Remove(response)));
        Assert.Equal(3, index.Count);

        // A dimension without a value is the same as no dimension at all.
        Assert.True(index.Remove(Answer(5, "c2", Day, ("touchpoint", "web"), ("channel", null), ("campaign", ""))));
        Assert.True(index.Remove(Answer(7, null, Day, ("touchpoint", "web"), ("channel", ""))));
        Assert.True(index.Remove(Answer(9, "c1", Day, ("touchpoint", "shop"), ("channel", "email"))));
        Assert.Equal(0, index.Count);
        Assert.Empty(Query(index, Day, Day));
    }

    [Fact]
    public void Remove_customer_erases_their_answers_of_every_metric_and_their_attributes()
    {
        using var index = new ResponseIndex();
        index.SetCustomerAttributes("c1", [new("tier", "gold")]);
        index.SetCustomerAttributes("c2", [new("tier", "silver")]);
        index.AddRange([Answer(10, "c1", Day), Answer(3, "c1", Day), Answer(9, "c1", Day.AddDays(-40)), Answer(8, "c2", Day), Answer(6, "c2", Day), Answer(0, null, Day),
            new IndexedResponse(Metric.Csat, Day, 5, "c1", []), new IndexedResponse(Metric.Csat, Day, 2, "c1", [])]);

        Assert.Equal(5, index.RemoveCustomer("c1"));

        Assert.Equal(3, index.Count);
        Assert.Empty(index.Query(new MetricQuery(Metric.Csat, Day.AddDays(-100), Day)));
        var byTier = Query(index, Day.AddDays(-100), Day, ["customer.tier"]).ToDictionary(c => c.Key[0] ?? "none", c => c.Current);
        Assert.Equal(["none", "silver"], byTier.Keys.Order(StringComparer.Ordinal));
        Assert.Equal((1L, 1L), (byTier["none"].N, byTier["none"].Count(0)));
        Assert.Equal(2, byTier["silver"].N);
        Assert.Equal(0, index.RemoveCustomer("c1"));
        Assert.Equal(0, index.RemoveCustomer("nobody"));

        // The customer can answer again later, but their old attributes are gone.
        index.Add(Answer(10, "c1", Day));
        var after = Query(index, Day, Day, ["customer.tier"]).ToDictionary(c => c.Key[0] ?? "none", c => c.Current);
        Assert.Equal(2, after["none"].N);
        Assert.Equal(1, after["none"].Count(10));
    }

    [Fact]
    public void Updating_a_customer_regroups_all_of_their_past_answers()
    {
        using var index = new ResponseIndex();
        index.SetCustomerAttributes("c1", [new("tier", "gold"), new("country", "se")]);
        index.SetCustomerAttributes("c2", [new("tier", "gold")]);
        index.AddRange([Answer(10, "c1", Day), Answer(9, "c1", Day.AddDays(-3)), Answer(2, "c2", Day), Answer(5, null, Day)]);
        var from = Day.AddDays(-7);

        Assert.Equal([("gold", 3L), ("none", 1L)], Tiers(index, from));

        index.SetCustomerAttributes("c1", [new("tier", "silver")]);
        Assert.Equal([("gold", 1L), ("none", 1L), ("silver", 2L)], Tiers(index, from));
        Assert.Empty(Query(index, from, Day, filters: new() { ["customer.country"] = ["se"] }));

        // Attributes replace the earlier ones: without a tier, c1's answers have none.
        index.SetCustomerAttributes("c1", [new("country", "no")]);
        Assert.Equal([("gold", 1L), ("none", 3L)], Tiers(index, from));
        Assert.Equal(2, Assert.Single(Query(index, from, Day, filters: new() { ["customer.country"] = ["no"] })).Current.N);
        Assert.Equal(1, Assert.Single(Query(index, from, Day, filters: new() { ["customer.tier"] = ["gold"] })).Current.N);

        // Attributes set before a customer's first answer apply to it.
        index.SetCustomerAttributes("c3", [new("tier", "platinum")]);
        index.Add(Answer(7, "c3", Day));
        Assert.Equal([("gold", 1L), ("none", 3L), ("platinum", 1L)], Tiers(index, from));
    }

    [Fact]
    public void Late_answers_are_counted_wherever_they_were_appended()
    {
        using var index = new ResponseIndex();
        // Enough February answers to fill the first chunk and start a second; then answers for January,
        // a year before and March arrive, out of day order, into the second chunk.
        var february = new DateOnly(2026, 2, 1);
        index.AddRange(Enumerable.Range(0, 70_000).Select(i => Answer(i % 11, null, february.AddDays(i % 28))));
        index.AddRange([Answer(10, null, new DateOnly(2026, 3, 31)), Answer(0, null, new DateOnly(2026, 1, 15)), Answer(9, null, new DateOnly(2025, 1, 15)),
            Answer(8, null, new DateOnly(2026, 1, 16))]);
        index.Add(Answer(7, null, new DateOnly(2026, 1, 14)));

        var january = Assert.Single(Query(index, new DateOnly(2026, 1, 1), new DateOnly(2026, 1, 31))).Current;
        Assert.Equal((3L, 1L, 1L, 1L), (january.N, january.Count(0), january.Count(7), january.Count(8)));
        var monthly = index.Query(new MetricQuery(Metric.Nps, new DateOnly(2025, 1, 1), new DateOnly(2026, 3, 31)) { Grain = TimeGrain.Month });
        Assert.Equal([new DateOnly(2025, 1, 1), new DateOnly(2026, 1, 1), february, new DateOnly(2026, 3, 1)], monthly.Select(c => c.Period!.Value));
        Assert.Equal([1L, 3L, 70_000L, 1L], monthly.Select(c => c.Current.N));
        Assert.Equal([0L, 0L, 3L, 70_000L], monthly.Select(c => c.Previous.N));
    }

    [Fact]
    public void More_than_one_chunk_of_answers()
    {
        // 150,000 answers, 1,000 a day over 150 days, make three chunks; the ticket dimension has 100,000 values, so
        // its codes need two bytes in the first chunk and four in the second.
        using var index = new ResponseIndex();
        var first = new DateOnly(2025, 6, 1);
        index.AddRange(Enumerable.Range(0, 150_000).Select(i => Answer(i % 11, null, first.AddDays(i / 1000), ("ticket", $"t{i % 100_000}"))));

        Assert.Equal(150_000, index.Count);
        Assert.True(index.EstimatedBytes > 150_000 * 9);
        var all = Assert.Single(Query(index, first, first.AddDays(149))).Current;
        Assert.All(Enumerable.Range(0, 11), score => Assert.Equal(Enumerable.Range(0, 150_000).Count(i => i % 11 == score), all.Count(score)));

        // t5 is answers 5 and 100,005 (first and second chunk); t70000 is 70,000 (second chunk); t99999 is 99,999 only.
        var tickets = Assert.Single(Query(index, first, first.AddDays(149), filters: new() { ["ticket"] = ["t5", "t70000", "t99999"] })).Current;
        int[] expected = [5, 100_005, 70_000, 99_999];
        Assert.Equal(4, tickets.N);
        Assert.All(Enumerable.Range(0, 11), score => Assert.Equal(expected.Count(i => i % 11 == score), tickets.Count(score)));

        // One day in the third chunk grouped by ticket: a cell per answer, each compared with the day before.
        var day = first.AddDays(140);
        var cells = Query(index, day, day, ["ticket"]);
        Assert.Equal(1000, cells.Count);
        Assert.All(cells, cell =>
        {
            var i = 140_000 + (int.Parse(cell.Key[0]![1..], System.Globalization.CultureInfo.InvariantCulture) % 100_000 - 40_000);
            Assert.Equal((1L, 1L), (cell.Current.N, cell.Current.Count(i % 11)));
            Assert.Equal(0, cell.Previous.N);
        });
    }

    [Fact]
    public void Too_many_groups_are_refused()
    {
        // Two dimensions with 352 values each: 2 buckets x 353 x 353 codes (0 = none) = 249,218 groups, just allowed.
        using var index = new ResponseIndex();
        index.AddRange(Enumerable.Range(0, 352).Select(i => Answer(9, null, Day, ("a", $"a{i}"), ("b", $"b{i}"))));
        var query = new MetricQuery(Metric.Nps, Day, Day) { GroupBy = ["a", "b"] };
        Assert.Equal(352, index.Query(query).Count);

        // One more value of each: 2 x 354 x 354 = 250,632 > 250,000.
        index.Add(Answer(9, null, Day, ("a", "a352"), ("b", "b352")));
        var refused = Assert.Throws<TooManyGroupsException>(() => index.Query(query));
        Assert.Equal((250_632L, ResponseIndex.MaxGroups), (refused.Groups, refused.Limit));

        // A weekly grain multiplies the buckets: a year of weeks and the one before, 54 x 354 x 354, is far over.
        Assert.Throws<TooManyGroupsException>(() => index.Query(new MetricQuery(Metric.Nps, Day.AddDays(-364), Day) { Grain = TimeGrain.Week, GroupBy = ["a", "b"] }));
        // Grouping by one of them is fine.
        Assert.Equal(353, index.Query(new MetricQuery(Metric.Nps, Day, Day) { GroupBy = ["a"] }).Count);
    }

    [Fact]
    public void Time_buckets_alone_can_be_too_many_groups()
    {
        // A daily grain over 700 years, nothing grouped: 255,676 days + the previous day = 255,677 groups > 250,000.
        using var index = new ResponseIndex();
        index.Add(Answer(9, null, Day));
        var from = Day.AddYears(-700);

        var refused = Assert.Throws<TooManyGroupsException>(() => index.Query(new MetricQuery(Metric.Nps, from, Day) { Grain = TimeGrain.Day }));

        Assert.Equal(Day.DayNumber - from.DayNumber + 2, refused.Groups);
        Assert.Single(index.Query(new MetricQuery(Metric.Nps, from, Day) { Grain = TimeGrain.Month }));
    }

    [Fact]
    public void An_unknown_dimension_groups_every_answer_under_no_value()
    {
        using var index = new ResponseIndex();
        index.SetCustomerAttributes("c1", [new("tier", "gold")]);
        index.AddRange([Answer(10, "c1", Day, ("touchpoint", "shop")), Answer(3, null, Day, ("touchpoint", "web")), Answer(8, "c1", Day)]);

        var cell = Assert.Single(Query(index, Day, Day, ["nope"]));
        Assert.Equal([null], cell.Key);
        Assert.Equal(3, cell.Current.N);

        var byTouchpoint = Query(index, Day, Day, ["touchpoint", "customer.nope"]).OrderBy(c => c.Key[0] ?? "~", StringComparer.Ordinal).ToList();
        Assert.Equal([["shop", null], ["web", null], [null, null]], byTouchpoint.Select(c => c.Key.ToArray()));
        Assert.All(byTouchpoint, c => Assert.Equal(1, c.Current.N));
    }

    [Fact]
    public void A_filter_on_an_unknown_value_or_dimension_gives_no_cells()
    {
        using var index = new ResponseIndex();
        index.SetCustomerAttributes("c1", [new("tier", "gold")]);
        index.AddRange([Answer(10, "c1", Day, ("touchpoint", "shop")), Answer(3, null, Day)]);

        Assert.Empty(Query(index, Day, Day, filters: new() { ["touchpoint"] = ["mall"] }));
        Assert.Empty(Query(index, Day, Day, filters: new() { ["touchpoint"] = [] }));
        Assert.Empty(Query(index, Day, Day, filters: new() { ["nope"] = ["x"] }));
        Assert.Empty(Query(index, Day, Day, filters: new() { ["customer.nope"] = ["x"] }));
        Assert.Empty(Query(index, Day, Day, filters: new() { ["customer.tier"] = ["silver"] }));
        // Known values still count, and answers without a value never match a filter.
        Assert.Equal(1, Assert.Single(Query(index, Day, Day, filters: new() { ["touchpoint"] = ["mall", "shop"] })).Current.N);
        Assert.Equal(1, Assert.Single(Query(index, Day, Day, filters: new() { ["customer.tier"] = ["gold"] })).Current.N);
    }

    [Fact]
    public void Buckets_and_their_previous_periods()
    {
        // Month grain from Wed 2026-01-21 to Tue 2026-03-10. Buckets: [Jan 21, Feb 1), [Feb 1, Mar 1), [Mar 1, Mar 10];
        // the first one's previous period is all of December, so Dec 15 counts there, Jan 5 nowhere, Mar 11 nowhere.
        using var index = new ResponseIndex();
        DateOnly From = new(2026, 1, 21), To = new(2026, 3, 10);
        index.AddRange([Answer(0, null, new DateOnly(2025, 11, 30)), Answer(1, null, new DateOnly(2025, 12, 15)), Answer(2, null, new DateOnly(2026, 1, 5)),
            Answer(3, null, new DateOnly(2026, 1, 20)), Answer(4, null, From), Answer(5, null, new DateOnly(2026, 1, 31)), Answer(6, null, new DateOnly(2026, 2, 1)),
            Answer(7, null, To), Answer(8, null, To.AddDays(1))]);

        var monthly = index.Query(new MetricQuery(Metric.Nps, From, To) { Grain = TimeGrain.Month });
        Assert.Equal([new DateOnly(2026, 1, 1), new DateOnly(2026, 2, 1), new DateOnly(2026, 3, 1)], monthly.Select(c => c.Period!.Value));
        Assert.Equal(["[4 5]", "[6]", "[7]"], monthly.Select(c => Scores(c.Current)));
        Assert.Equal(["[1]", "[4 5]", "[6]"], monthly.Select(c => Scores(c.Previous)));

        // Week grain: From is a Wednesday in the ISO week of Monday Jan 19; the previous period is Jan 12-18.
        var weekly = index.Query(new MetricQuery(Metric.Nps, From, new DateOnly(2026, 2, 1)) { Grain = TimeGrain.Week });
        Assert.Equal([new DateOnly(2026, 1, 19), new DateOnly(2026, 1, 26)], weekly.Select(c => c.Period!.Value));
        Assert.Equal(["[4]", "[5 6]"], weekly.Select(c => Scores(c.Current)));
        Assert.Equal(["[]", "[4]"], weekly.Select(c => Scores(c.Previous)));

        // Day grain: every day is a bucket and the previous one is the day before.
        var daily = index.Query(new MetricQuery(Metric.Nps, new DateOnly(2026, 1, 31), new DateOnly(2026, 2, 1)) { Grain = TimeGrain.Day });
        Assert.Equal(["[5]", "[6]"], daily.Select(c => Scores(c.Current)));
        Assert.Equal(["[]", "[5]"], daily.Select(c => Scores(c.Previous)));

        // No grain: Jan 20 - Jan 31 (12 days) is compared with Jan 8 - Jan 19.
        var plain = Assert.Single(Query(index, new DateOnly(2026, 1, 20), new DateOnly(2026, 1, 31)));
        Assert.Null(plain.Period);
        Assert.Equal("[3 4 5]", Scores(plain.Current));
        Assert.Equal("[]", Scores(plain.Previous));
        Assert.Equal("[2]", Scores(Assert.Single(Query(index, new DateOnly(2026, 1, 20), new DateOnly(2026, 2, 4))).Previous));
    }

    [Fact]
    public void Metrics_are_kept_apart_and_scores_must_be_on_the_scale()
    {
        using var index = new ResponseIndex();
        index.AddRange([Answer(10, null, Day), new IndexedResponse(Metric.Csat, Day, 1, null, []), new IndexedResponse(Metric.Ces, Day, 7, null, [])]);

        Assert.Equal("[1]", Scores(Assert.Single(index.Query(new MetricQuery(Metric.Csat, Day, Day))).Current));
        Assert.Equal("[7]", Scores(Assert.Single(index.Query(new MetricQuery(Metric.Ces, Day, Day))).Current));
        Assert.Throws<ArgumentOutOfRangeException>(() => index.Add(Answer(11, null, Day)));
        Assert.Throws<ArgumentOutOfRangeException>(() => index.Add(new IndexedResponse(Metric.Csat, Day, 0, null, [])));
        Assert.Throws<ArgumentOutOfRangeException>(() => index.Add(new IndexedResponse(Metric.Ces, Day, 8, null, [])));
        Assert.Equal(3, index.Count);
        Assert.Throws<ArgumentException>(() => index.Query(new MetricQuery(Metric.Nps, Day, Day.AddDays(-1))));
    }

    [Fact]
    public async Task Queries_run_while_answers_are_added_and_removed()
    {
        // Two readers query in a loop while the writer adds 40 batches of 1,000 answers, removing one answer after
        // each. A reader sees whole batches only: after k batches 1000k - (k - 1) or 1000k - k = 999k answers, so
        // the total is 0 or 1 modulo 999 and shrinks by one answer at most.
        using var index = new ResponseIndex();
        var day = new DateOnly(2026, 1, 1);
        using var done = new CancellationTokenSource();
        var totalQueries = 0;
        // Threads of their own: busy readers would wait a long time for thread-pool threads on two cores.
        var readers = Enumerable.Range(0, 2).Select(r => Task.Factory.StartNew(() =>
        {
            var queries = 0;
            long last = 0;
            while (!done.IsCancellationRequested)
            {
                var cells = index.Query(new MetricQuery(Metric.Nps, day, day.AddDays(99)) { GroupBy = [r % 2 == 0 ? "touchpoint" : "customer.tier"], Grain = TimeGrain.Week });
                var total = cells.Sum(c => c.Current.N);
                Assert.True(total % 999 <= 1 && total >= last - 1, $"{total} answers after {last}");
                last = total;
                queries++;
                Interlocked.Increment(ref totalQueries);
                Thread.Sleep(1);
            }

            return queries;
        }, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default)).ToArray();

        for (var batch = 0; batch < 40; batch++)
        {
            // Let the readers in between writes (the machine may have few cores).
            var seen = Volatile.Read(ref totalQueries);
            SpinWait.SpinUntil(() => Volatile.Read(ref totalQueries) >= seen + 2 || readers.Any(t => t.IsCompleted), TimeSpan.FromSeconds(1));
            index.AddRange(Enumerable.Range(0, 1000).Select(i => Answer(i % 11, $"c{i % 50}", day.AddDays((batch + i) % 100), ("touchpoint", $"tp{i % 7}"))));
            index.SetCustomerAttributes($"c{batch}", [new("tier", batch % 2 == 0 ? "gold" : "silver")]);
            Assert.True(index.Remove(Answer(batch % 11, $"c{batch % 50}", day.AddDays((2 * batch) % 100), ("touchpoint", $"tp{batch % 7}"))));
        }

        await done.CancelAsync();
        var queried = await Task.WhenAll(readers);

        Assert.All(queried, q => Assert.True(q > 0));
        Assert.Equal(39_960, index.Count);
        Assert.Equal(39_960, Query(index, day, day.AddDays(99)).Sum(c => c.Current.N));
    }

    [Fact]
    public void A_chunk_lying_wholly_in_the_uncounted_start_of_the_first_period_adds_nothing()
    {
        // Every answer falls on Jan 5-10: inside January, but before From (Jan 21), so in no bucket. The chunk's score
        // counts must not be taken as a whole for it (they once went to "bucket -1").
        using var index = new ResponseIndex();
        index.AddRange([Answer(3, null, new DateOnly(2026, 1, 5)), Answer(9, null, new DateOnly(2026, 1, 10))]);

        Assert.Empty(index.Query(new MetricQuery(Metric.Nps, new DateOnly(2026, 1, 21), new DateOnly(2026, 3, 10)) { Grain = TimeGrain.Month }));
    }

    [Fact]
    public void A_derived_dimension_groups_and_filters_through_the_dimension_it_is_looked_up_from()
    {
        using var index = new ResponseIndex();
        index.AddRange([Answer(10, null, Day, ("touchpoint", "checkout")), Answer(0, null, Day, ("touchpoint", "payment")),
            Answer(9, null, Day, ("touchpoint", "delivery")), Answer(5, null, Day, ("touchpoint", "ads")), Answer(7, null, Day)]);
        var stage = new Dictionary<string, DerivedDimension>
        {
            ["stage"] = new("touchpoint", new Dictionary<string, string> { ["checkout"] = "Buy", ["payment"] = "Buy", ["delivery"] = "Receive" }),
        };

        var byStage = index.Query(new MetricQuery(Metric.Nps, Day, Day) { GroupBy = ["stage"], Derived = stage });
        var bought = index.Query(new MetricQuery(Metric.Nps, Day, Day)
        {
            GroupBy = ["touchpoint"],
            Derived = stage,
            Filters = new Dictionary<string, IReadOnlyCollection<string>> { ["stage"] = ["Buy"] },
        });

        // ads is in no stage and the last answer has no touchpoint: both have no stage.
        Assert.Equal([("Buy", "[0 10]"), ("Receive", "[9]"), ("none", "[5 7]")],
            byStage.Select(c => (c.Key[0] ?? "none", Scores(c.Current))).OrderBy(c => c.Item1, StringComparer.Ordinal));
        Assert.Equal(["checkout", "payment"], bought.Select(c => c.Key[0]).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void An_empty_index_has_no_cells()
    {
        using var index = new ResponseIndex();

        Assert.Empty(index.Query(new MetricQuery(Metric.Nps, Day, Day) { GroupBy = ["touchpoint"], Grain = TimeGrain.Week }));
        Assert.Equal(0, index.Count);
    }

    private static IndexedResponse Answer(int score, string? customer, DateOnly day, params (string Name, string? Value)[] dimensions) =>
        new(Metric.Nps, day, score, customer, [.. dimensions.Select(d => new KeyValuePair<string, string?>(d.Name, d.Value))]);

    private static IReadOnlyList<MetricCell> Query(ResponseIndex index, DateOnly from, DateOnly to, string[]? groupBy = null,
        Dictionary<string, IReadOnlyCollection<string>>? filters = null) =>
        index.Query(new MetricQuery(Metric.Nps, from, to) { GroupBy = groupBy ?? [], Filters = filters ?? [] });

    private static Dictionary<string, ScoreHistogram> ByChannel(ResponseIndex index) =>
        Query(index, Day, Day, ["channel"]).ToDictionary(c => c.Key[0] ?? "none", c => c.Current);

    private static List<(string, long)> Tiers(ResponseIndex index, DateOnly from) =>
        [.. Query(index, from, Day, ["customer.tier"]).Select(c => (c.Key[0] ?? "none", c.Current.N)).Order()];

    /// <summary>The answers' scores in order, e.g. "[4 5]".</summary>
    private static string Scores(ScoreHistogram histogram) =>
        "[" + string.Join(" ", Enumerable.Range(histogram.Min, histogram.Max - histogram.Min + 1).SelectMany(s => Enumerable.Repeat(s, (int)histogram.Count(s)))) + "]";
}
