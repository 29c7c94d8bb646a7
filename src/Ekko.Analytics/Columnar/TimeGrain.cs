namespace Ekko.Analytics.Columnar;

/// <summary>Calendar periods to group by: UTC days, ISO weeks (Monday to Sunday) and calendar months.</summary>
public enum TimeGrain
{
    Day,
    Week,
    Month,
}

public static class TimeGrains
{
    public static DateOnly StartOf(this TimeGrain grain, DateOnly day) => grain switch
    {
        TimeGrain.Day => day,
        TimeGrain.Week => day.AddDays(-(((int)day.DayOfWeek + 6) % 7)),
        TimeGrain.Month => new DateOnly(day.Year, day.Month, 1),
        _ => throw new ArgumentOutOfRangeException(nameof(grain), grain, null),
    };

    public static DateOnly Next(this TimeGrain grain, DateOnly start) => grain switch
    {
        TimeGrain.Day => start.AddDays(1),
        TimeGrain.Week => start.AddDays(7),
        TimeGrain.Month => start.AddMonths(1),
        _ => throw new ArgumentOutOfRangeException(nameof(grain), grain, null),
    };

    public static DateOnly Previous(this TimeGrain grain, DateOnly start) => grain switch
    {
        TimeGrain.Day => start.AddDays(-1),
        TimeGrain.Week => start.AddDays(-7),
        TimeGrain.Month => start.AddMonths(-1),
        _ => throw new ArgumentOutOfRangeException(nameof(grain), grain, null),
    };

    /// <summary>The period's label: the date for days and weeks (the Monday), <c>YYYY-MM</c> for months.</summary>
    public static string Label(this TimeGrain grain, DateOnly start) =>
        grain == TimeGrain.Month ? start.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture)
            : start.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    public static string Name(this TimeGrain grain) => grain.ToString().ToLowerInvariant();

    public static TimeGrain? Parse(string name) => name switch
    {
        "day" => TimeGrain.Day,
        "week" => TimeGrain.Week,
        "month" => TimeGrain.Month,
        _ => null,
    };
}
