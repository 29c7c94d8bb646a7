namespace Ekko.Analytics.Metrics;

/// <summary>A confidence interval, in the metric's own unit (NPS points, CSAT percent, CES scale).</summary>
public readonly record struct Interval(double Low, double High)
{
    public bool Contains(double value) => value >= Low && value <= High;

    public bool ExcludesZero => Low > 0 || High < 0;

    internal Interval Scale(double factor) => new(Low * factor, High * factor);

    internal Interval Including(double value) => new(Math.Min(Low, value), Math.Max(High, value));

    internal Interval Clamp(double min, double max) => new(Math.Clamp(Low, min, max), Math.Clamp(High, min, max));
}
