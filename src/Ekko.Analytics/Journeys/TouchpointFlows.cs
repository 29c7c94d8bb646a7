namespace Ekko.Analytics.Journeys;

/// <summary>One customer event at a touchpoint, the touchpoint given by its position on the journey (0 = first).</summary>
public readonly record struct TouchpointVisit(int Customer, int Position, DateTimeOffset At);

/// <summary>
/// Customers going from one touchpoint to the next: how many, and the median and 90th-percentile wait between them.
/// <see cref="Backward"/> marks a step back along the journey (a return to support after delivery, say).
/// </summary>
public sealed record TouchpointFlow(int From, int To, int Customers, int Steps, TimeSpan MedianWait, TimeSpan P90Wait)
{
    public bool Backward => To < From;
}

/// <summary>
/// The flow between touchpoints from event data: each customer's events in time order, consecutive events at the
/// same touchpoint merged into one visit, and every step from one visit to the next counted. A Sankey diagram
/// needs an acyclic graph, so steps back along the journey are reported apart (<see cref="TouchpointFlow.Backward"/>).
/// </summary>
public static class TouchpointFlows
{
    public static IReadOnlyList<TouchpointFlow> Compute(IEnumerable<TouchpointVisit> visits)
    {
        ArgumentNullException.ThrowIfNull(visits);
        var waits = new Dictionary<(int, int), List<double>>();
        var customers = new Dictionary<(int, int), HashSet<int>>();
        foreach (var customer in visits.GroupBy(v => v.Customer))
        {
            TouchpointVisit? previous = null;
            foreach (var visit in customer.OrderBy(v => v.At))
            {
                if (previous is { } p && p.Position != visit.Position)
                {
                    var key = (p.Position, visit.Position);
                    (waits.TryGetValue(key, out var list) ? list : waits[key] = []).Add((visit.At - p.At).TotalSeconds);
                    (customers.TryGetValue(key, out var set) ? set : customers[key] = []).Add(customer.Key);
                }

                // A visit lasts until the customer moves on: the wait runs from its last event.
                previous = visit;
            }
        }

        return [.. waits.Select(w =>
        {
            w.Value.Sort();
            return new TouchpointFlow(w.Key.Item1, w.Key.Item2, customers[w.Key].Count, w.Value.Count,
                TimeSpan.FromSeconds(Quantile(w.Value, 0.5)), TimeSpan.FromSeconds(Quantile(w.Value, 0.9)));
        }).OrderBy(f => f.From).ThenBy(f => f.To)];
    }

    /// <summary>Linear interpolation between order statistics (type 7, the default of R and NumPy).</summary>
    public static double Quantile(IReadOnlyList<double> sorted, double q)
    {
        ArgumentNullException.ThrowIfNull(sorted);
        if (sorted.Count == 0)
        {
            return double.NaN;
        }

        var h = (sorted.Count - 1) * q;
        var low = (int)Math.Floor(h);
        var high = Math.Min(low + 1, sorted.Count - 1);
        return sorted[low] + (h - low) * (sorted[high] - sorted[low]);
    }
}
