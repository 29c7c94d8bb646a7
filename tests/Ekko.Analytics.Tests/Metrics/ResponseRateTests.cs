using Ekko.Analytics.Metrics;

namespace Ekko.Analytics.Tests.Metrics;

public sealed class ResponseRateTests
{
    [Fact]
    public void Rate_120_of_400_invitations()
    {
        // p = 0.3, z^2/n = 0.0096036, centre = (0.3 + 0.0048018) / 1.0096036 = 0.3019025
        // half = 1.959964 / 1.0096036 * sqrt(0.000525 + 0.0000060) = 0.0447348 -> [0.2571677, 0.3466372]
        var estimate = ResponseRate.Estimate(120, 400);

        Approx.Equal(30, estimate.Value);
        Assert.Equal(400, estimate.N);
        Approx.Equal(25.7167671956, 34.6637245778, estimate.Ci95);
    }

    [Fact]
    public void No_invitations_is_empty()
    {
        Assert.Same(Estimate.Empty, ResponseRate.Estimate(0, 0));
    }

    [Fact]
    public void More_responses_than_invitations_is_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => ResponseRate.Estimate(5, 4));
        Assert.Throws<ArgumentOutOfRangeException>(() => ResponseRate.Estimate(0, -1));
    }
}
