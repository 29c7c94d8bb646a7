using Ekko.Analytics.Retention;

namespace Ekko.Analytics.Tests.Retention;

/// <summary>
/// Nine hand-built customers in early 2026 (February has 28 days), used with a 30-day window: a customer is
/// active at the start of day t when they had activity in [t - 30, t - 1]. The windows that matter:
/// start of Feb 1 = [Jan 2, Jan 31], start of Mar 1 = [Jan 30, Feb 28], start of Apr 1 = [Mar 2, Mar 31],
/// start of May 1 = [Apr 1, Apr 30].
/// </summary>
internal static class Customers
{
    public const int Window = 30;

    public static readonly DateOnly Jan1 = new(2026, 1, 1);
    public static readonly DateOnly Feb1 = new(2026, 2, 1);
    public static readonly DateOnly Mar1 = new(2026, 3, 1);
    public static readonly DateOnly Apr1 = new(2026, 4, 1);
    public static readonly DateOnly May1 = new(2026, 5, 1);

    /// <summary>A: Feb 10 and Mar 20 - active on Mar 1 and on Apr 1 (retained in March).</summary>
    public static readonly ActivityHistory A = Of("2026-02-10", "2026-03-20");

    /// <summary>B: Feb 20 only - active on Mar 1, gone by Apr 1 (lost in March).</summary>
    public static readonly ActivityHistory B = Of("2026-02-20");

    /// <summary>C: Jan 5 only - active on Feb 1, lost in February.</summary>
    public static readonly ActivityHistory C = Of("2026-01-05");

    /// <summary>D: first seen Mar 15 - acquired in March.</summary>
    public static readonly ActivityHistory D = Of("2026-03-15");

    /// <summary>E: Feb 28 (the last day of the Mar 1 window) and Mar 1 (outside the Apr 1 window [Mar 2, Mar 31]) - lost in March.</summary>
    public static readonly ActivityHistory E = Of("2026-02-28", "2026-03-01");

    /// <summary>F: Jan 30 (the first day of the Mar 1 window) and Mar 2 (the first day of the Apr 1 window) - retained.</summary>
    public static readonly ActivityHistory F = Of("2026-01-30", "2026-03-02");

    /// <summary>G: Jan 29 (one day before the Mar 1 window) and Mar 10 - inactive on Mar 1, back in March but not new.</summary>
    public static readonly ActivityHistory G = Of("2026-01-29", "2026-03-10");

    /// <summary>H: first seen Apr 1, the day March's period ends - not acquired in March.</summary>
    public static readonly ActivityHistory H = Of("2026-04-01");

    /// <summary>I: first seen Mar 31 - acquired in March.</summary>
    public static readonly ActivityHistory I = Of("2026-03-31");

    public static IReadOnlyCollection<ActivityHistory> All => [A, B, C, D, E, F, G, H, I];

    private static ActivityHistory Of(params string[] days) =>
        new(days.Select(d => DateOnly.ParseExact(d, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)));
}
