namespace Ekko.Core.Features.Cases;

/// <summary>
/// Business time in a workspace's time zone: working hours on working days, minus holidays. SLA clocks run
/// only inside these windows. The windows are turned into UTC instants day by day, so a day on which the
/// clocks change still counts the real time that passes (a window across a 02:00-03:00 jump is an hour short).
/// </summary>
public sealed class BusinessCalendar
{
    private readonly TimeZoneInfo zone;
    private readonly TimeOnly dayStart;
    private readonly TimeOnly dayEnd;
    private readonly IReadOnlySet<DayOfWeek> workdays;
    private readonly IReadOnlySet<DateOnly> holidays;

    public BusinessCalendar(TimeZoneInfo zone, TimeOnly dayStart, TimeOnly dayEnd, IReadOnlySet<DayOfWeek> workdays, IReadOnlySet<DateOnly> holidays)
    {
        ArgumentNullException.ThrowIfNull(zone);
        ArgumentNullException.ThrowIfNull(workdays);
        ArgumentNullException.ThrowIfNull(holidays);
        if (dayEnd <= dayStart)
        {
            throw new ArgumentException("the working day must end after it starts", nameof(dayEnd));
        }

        if (workdays.Count == 0)
        {
            throw new ArgumentException("at least one working day is needed", nameof(workdays));
        }

        this.zone = zone;
        this.dayStart = dayStart;
        this.dayEnd = dayEnd;
        this.workdays = workdays;
        this.holidays = holidays;
    }

    /// <summary>The instant when <paramref name="duration"/> of business time has passed after <paramref name="start"/>.</summary>
    public DateTimeOffset Add(DateTimeOffset start, TimeSpan duration)
    {
        var remaining = duration < TimeSpan.Zero ? TimeSpan.Zero : duration;
        var day = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(start, zone).DateTime);
        // Ten years of days without a working window means a calendar of holidays only; stop rather than spin.
        for (var i = 0; i < 3660; i++, day = day.AddDays(1))
        {
            if (Window(day) is not var (open, close))
            {
                continue;
            }

            var from = start > open ? start : open;
            if (from >= close)
            {
                continue;
            }

            var available = close - from;
            if (remaining <= available)
            {
                // Landing exactly on closing time is reported as the closing time, not the next morning.
                return from + remaining;
            }

            remaining -= available;
        }

        throw new InvalidOperationException("the calendar has no working time in the next ten years");
    }

    /// <summary>Business time between two instants (zero when <paramref name="to"/> is not after <paramref name="from"/>).</summary>
    public TimeSpan Between(DateTimeOffset from, DateTimeOffset to)
    {
        var total = TimeSpan.Zero;
        if (to <= from)
        {
            return total;
        }

        var day = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(from, zone).DateTime);
        var last = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(to, zone).DateTime);
        for (; day <= last; day = day.AddDays(1))
        {
            if (Window(day) is var (open, close))
            {
                var a = from > open ? from : open;
                var b = to < close ? to : close;
                if (b > a)
                {
                    total += b - a;
                }
            }
        }

        return total;
    }

    public bool IsWorkday(DateOnly day) => workdays.Contains(day.DayOfWeek) && !holidays.Contains(day);

    /// <summary>The day's working window as UTC instants, or null on a day off.</summary>
    private (DateTimeOffset Open, DateTimeOffset Close)? Window(DateOnly day) =>
        IsWorkday(day) ? (ToInstant(day.ToDateTime(dayStart)), ToInstant(day.ToDateTime(dayEnd))) : null;

    /// <summary>
    /// A wall-clock time in the zone as an instant. A time skipped by a clock change (02:30 on the spring
    /// night) means the moment the clocks reach it; a time that happens twice (autumn) means its first occurrence.
    /// </summary>
    private DateTimeOffset ToInstant(DateTime local)
    {
        local = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
        while (zone.IsInvalidTime(local))
        {
            local = local.AddMinutes(1);
        }

        var offset = zone.IsAmbiguousTime(local) ? zone.GetAmbiguousTimeOffsets(local).Max() : zone.GetUtcOffset(local);
        return new DateTimeOffset(local, offset).ToUniversalTime();
    }
}
