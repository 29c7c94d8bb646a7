using Ekko.Analytics.Journeys;

namespace Ekko.Analytics.Tests.Journeys;

public sealed class TouchpointFlowsTests
{
    private static readonly DateTimeOffset Start = new(2026, 5, 1, 8, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Steps_are_counted_per_customer_with_the_wait_from_the_last_event_of_a_visit()
    {
        TouchpointVisit[] visits =
        [
            // Customer 1: web (0) twice, checkout (1) 2 h after the second web event, delivery (2) 48 h later.
            new(1, 0, Start), new(1, 0, Start.AddHours(1)), new(1, 1, Start.AddHours(3)), new(1, 2, Start.AddHours(51)),
            // Customer 2: web, checkout after 1 h, then back to web after 4 h (a step backward).
            new(2, 0, Start), new(2, 1, Start.AddHours(1)), new(2, 0, Start.AddHours(5)),
            // Customer 3: web, checkout after 6 h.
            new(3, 1, Start.AddHours(6)), new(3, 0, Start),
        ];

        var flows = TouchpointFlows.Compute(visits).ToDictionary(f => (f.From, f.To));

        Assert.Equal(3, flows.Count);
        var webToCheckout = flows[(0, 1)];
        Assert.Equal(3, webToCheckout.Customers);
        Assert.Equal(3, webToCheckout.Steps);
        Assert.Equal(TimeSpan.FromHours(2), webToCheckout.MedianWait); // waits 2 h, 1 h, 6 h
        Assert.Equal(TimeSpan.FromHours(5.2), webToCheckout.P90Wait); // 2 + 0.8 * (6 - 2)
        Assert.Equal(TimeSpan.FromHours(48), flows[(1, 2)].MedianWait);
        Assert.True(flows[(1, 0)].Backward);
        Assert.False(webToCheckout.Backward);
    }

    [Fact]
    public void Quantiles_interpolate_between_order_statistics() =>
        Assert.Equal(2.5, TouchpointFlows.Quantile([1, 2, 3, 4], 0.5));
}
