using Ekko.Core.Features.Cases;

namespace Ekko.Core.Tests.Features.Cases;

/// <summary>SLA arithmetic against cases worked out by hand on a calendar (Europe/Stockholm: CET = UTC+1, CEST = UTC+2).</summary>
public sealed class BusinessCalendarTests
{
    private static readonly TimeZoneInfo Stockholm = TimeZoneInfo.FindSystemTimeZoneById("Europe/Stockholm");
    private static readonly HashSet<DayOfWeek> Weekdays = [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday];
    private static readonly HashSet<DayOfWeek> EveryDay = [.. Enum.GetValues<DayOfWeek>()];

    private static BusinessCalendar Office(params DateOnly[] holidays) => new(Stockholm, new TimeOnly(9, 0), new TimeOnly(17, 0), Weekdays, holidays.ToHashSet());

    private static DateTimeOffset Local(int year, int month, int day, int hour, int minute, int offsetHours) =>
        new(year, month, day, hour, minute, 0, TimeSpan.FromHours(offsetHours));

    [Fact]
    public void Friday_1630_plus_four_business_hours_is_Monday_1230()
    {
        var due = Office().Add(Local(2026, 5, 8, 16, 30, 2), TimeSpan.FromHours(4));

        Assert.Equal(Local(2026, 5, 11, 12, 30, 2), due);
        Assert.Equal(new DateTimeOffset(2026, 5, 11, 10, 30, 0, TimeSpan.Zero), due.ToUniversalTime());
    }

    [Fact]
    public void A_holiday_is_skipped_like_a_weekend()
    {
        // Wednesday 15:00 + 4 h: 2 h on Wednesday, Ascension Day (Thursday 14 May 2026) off, 2 h on Friday.
        var due = Office(new DateOnly(2026, 5, 14)).Add(Local(2026, 5, 13, 15, 0, 2), TimeSpan.FromHours(4));

        Assert.Equal(Local(2026, 5, 15, 11, 0, 2), due);
    }

    [Fact]
    public void Over_the_spring_clock_change_the_weekend_does_not_count_and_Monday_is_in_summer_time()
    {
        // Friday 27 March 16:00 CET + 3 h: 1 h on Friday, Monday 30 March 09:00 CEST + 2 h = 11:00 CEST = 09:00 UTC.
        var due = Office().Add(Local(2026, 3, 27, 16, 0, 1), TimeSpan.FromHours(3));

        Assert.Equal(new DateTimeOffset(2026, 3, 30, 9, 0, 0, TimeSpan.Zero), due);
    }

    [Fact]
    public void A_window_across_the_spring_jump_is_an_hour_short_and_across_the_autumn_one_an_hour_long()
    {
        var night = new BusinessCalendar(Stockholm, new TimeOnly(1, 0), new TimeOnly(5, 0), EveryDay, new HashSet<DateOnly>());

        // 29 March 2026: 01:00 CET (00:00 UTC) to 05:00 CEST (03:00 UTC) is three real hours.
        var spring = Local(2026, 3, 29, 1, 0, 1);
        Assert.Equal(TimeSpan.FromHours(3), night.Between(spring, Local(2026, 3, 29, 5, 0, 2)));
        Assert.Equal(new DateTimeOffset(2026, 3, 29, 3, 0, 0, TimeSpan.Zero), night.Add(spring, TimeSpan.FromHours(3)));
        // The fourth hour is the next night's first: 30 March 01:00 CEST + 1 h = 02:00 CEST = 00:00 UTC.
        Assert.Equal(new DateTimeOffset(2026, 3, 30, 0, 0, 0, TimeSpan.Zero), night.Add(spring, TimeSpan.FromHours(4)));

        // 25 October 2026: 01:00 CEST (23:00 UTC the day before) to 05:00 CET (04:00 UTC) is five real hours.
        var autumn = Local(2026, 10, 25, 1, 0, 2);
        Assert.Equal(TimeSpan.FromHours(5), night.Between(autumn, Local(2026, 10, 25, 5, 0, 1)));
    }

    [Fact]
    public void Time_before_opening_and_on_weekends_does_not_count_and_closing_time_is_a_valid_due_time()
    {
        var office = Office();

        Assert.Equal(Local(2026, 5, 11, 10, 0, 2), office.Add(Local(2026, 5, 11, 7, 0, 2), TimeSpan.FromHours(1)));
        Assert.Equal(Local(2026, 5, 11, 10, 0, 2), office.Add(Local(2026, 5, 9, 12, 0, 2), TimeSpan.FromHours(1)));
        Assert.Equal(Local(2026, 5, 11, 17, 0, 2), office.Add(Local(2026, 5, 11, 9, 0, 2), TimeSpan.FromHours(8)));
        // 40 h from Monday 09:00 is Friday 17:00; one more minute is the next Monday 09:01.
        Assert.Equal(Local(2026, 5, 15, 17, 0, 2), office.Add(Local(2026, 5, 11, 9, 0, 2), TimeSpan.FromHours(40)));
        Assert.Equal(Local(2026, 5, 18, 9, 1, 2), office.Add(Local(2026, 5, 11, 9, 0, 2), TimeSpan.FromHours(40) + TimeSpan.FromMinutes(1)));
    }

    [Fact]
    public void Between_counts_only_business_time()
    {
        var office = Office();

        Assert.Equal(TimeSpan.FromHours(4), office.Between(Local(2026, 5, 8, 16, 30, 2), Local(2026, 5, 11, 12, 30, 2)));
        Assert.Equal(TimeSpan.Zero, office.Between(Local(2026, 5, 9, 10, 0, 2), Local(2026, 5, 10, 20, 0, 2)));
        Assert.Equal(TimeSpan.Zero, office.Between(Local(2026, 5, 11, 12, 0, 2), Local(2026, 5, 11, 11, 0, 2)));
    }
}
