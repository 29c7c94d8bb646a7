using Ekko.Core.Features.Cases;

namespace Ekko.Core.Tests.Features.Cases;

/// <summary>The case's state machine and SLA clock, without a database.</summary>
public sealed class FollowUpCaseTests
{
    private static readonly BusinessCalendar Office = new(
        TimeZoneInfo.FindSystemTimeZoneById("Europe/Stockholm"), new TimeOnly(9, 0), new TimeOnly(17, 0),
        new HashSet<DayOfWeek> { DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday }, new HashSet<DateOnly>());

    private static readonly SlaPolicy Policy = new(TimeSpan.FromHours(4), TimeSpan.FromHours(16), TimeSpan.FromHours(1));

    // Friday 8 May 2026 16:30 in Stockholm.
    private static readonly DateTimeOffset Opened = new(2026, 5, 8, 14, 30, 0, TimeSpan.Zero);

    private static FollowUpCase NewCase()
    {
        var c = new FollowUpCase { Title = "NPS 2", OpenedAt = Opened };
        c.StartClocks(Policy, Office, Opened);
        return c;
    }

    [Fact]
    public void Clocks_are_due_in_business_hours_with_warnings_an_hour_earlier()
    {
        var c = NewCase();

        Assert.Equal(new DateTimeOffset(2026, 5, 11, 10, 30, 0, TimeSpan.Zero), c.FirstContactDueAt); // Monday 12:30 local
        Assert.Equal(new DateTimeOffset(2026, 5, 11, 9, 30, 0, TimeSpan.Zero), c.FirstContactWarnAt);
        // 16 h: 0.5 on Friday, 8 on Monday, 7.5 on Tuesday: Tuesday 16:30 local.
        Assert.Equal(new DateTimeOffset(2026, 5, 12, 14, 30, 0, TimeSpan.Zero), c.ResolutionDueAt);
        Assert.Equal("on_track", c.SlaState(Opened.AddDays(2)));
        Assert.Equal("at_risk", c.SlaState(new DateTimeOffset(2026, 5, 11, 9, 45, 0, TimeSpan.Zero)));
        Assert.Equal("breached", c.SlaState(new DateTimeOffset(2026, 5, 11, 10, 30, 0, TimeSpan.Zero)));
    }

    [Fact]
    public void The_state_machine_allows_only_its_transitions_and_resolving_needs_a_resolution_code()
    {
        var c = NewCase();
        var at = Opened.AddHours(1);

        Assert.Contains("cannot become reopened", c.MoveTo(CaseStatus.Reopened, at, Policy, Office));
        Assert.Equal("a case is resolved with a resolution_code", c.MoveTo(CaseStatus.Resolved, at, Policy, Office));
        Assert.Null(c.MoveTo(CaseStatus.InProgress, at, Policy, Office));
        c.ResolutionCode = "refund";
        Assert.Null(c.MoveTo(CaseStatus.Resolved, at, Policy, Office));
        Assert.Equal(at, c.ResolvedAt);
        Assert.Null(c.SlaState(at));
        Assert.Contains("allowed: closed, reopened", c.MoveTo(CaseStatus.InProgress, at, Policy, Office));
        Assert.Null(c.MoveTo(CaseStatus.Closed, at, Policy, Office));
        Assert.Null(c.MoveTo(CaseStatus.Reopened, at, Policy, Office));
        Assert.Null(c.ResolvedAt);
        Assert.Null(c.ClosedAt);
    }

    [Fact]
    public void Reopening_starts_a_fresh_resolution_clock_and_first_contact_stops_its_own()
    {
        var c = NewCase();
        c.ResolutionCode = "explained";
        Assert.True(c.RecordFirstContact(Opened.AddMinutes(10)));
        Assert.False(c.RecordFirstContact(Opened.AddMinutes(20)));
        Assert.Null(c.MoveTo(CaseStatus.Resolved, Opened.AddMinutes(20), Policy, Office));

        // Reopened on Wednesday 13 May 10:00 local: 16 business hours later is Thursday 17:00 + ... = Friday 10:00 local.
        var reopened = new DateTimeOffset(2026, 5, 13, 8, 0, 0, TimeSpan.Zero);
        Assert.Null(c.MoveTo(CaseStatus.Reopened, reopened, Policy, Office));

        Assert.Equal(new DateTimeOffset(2026, 5, 15, 8, 0, 0, TimeSpan.Zero), c.ResolutionDueAt);
        Assert.Equal(Opened.AddMinutes(10), c.FirstContactAt);
        Assert.Equal("on_track", c.SlaState(reopened));
    }

    [Fact]
    public void Waiting_for_the_customer_stops_the_resolution_clock_and_it_resumes_with_the_time_it_had_left()
    {
        // Opened Monday 11 May 10:00 local: resolution due after 16 business hours = Wednesday 10:00, warning Wednesday 09:00.
        var opened = new DateTimeOffset(2026, 5, 11, 8, 0, 0, TimeSpan.Zero);
        var c = new FollowUpCase { Title = "CSAT 1", OpenedAt = opened };
        c.StartClocks(Policy, Office, opened);
        Assert.Equal(new DateTimeOffset(2026, 5, 13, 8, 0, 0, TimeSpan.Zero), c.ResolutionDueAt);

        // Waiting from Monday 12:00 (14 h left, 13 h to the warning) until Wednesday 12:00.
        c.RecordFirstContact(opened.AddHours(2));
        Assert.Null(c.MoveTo(CaseStatus.WaitingForCustomer, opened.AddHours(2), Policy, Office));
        var wednesdayNoon = new DateTimeOffset(2026, 5, 13, 10, 0, 0, TimeSpan.Zero);
        Assert.Equal("paused", c.SlaState(wednesdayNoon));
        Assert.Null(c.MoveTo(CaseStatus.InProgress, wednesdayNoon, Policy, Office));

        // Wednesday 12:00 + 14 h = Friday 10:00 local; + 13 h = Thursday 17:00 local.
        Assert.Equal(new DateTimeOffset(2026, 5, 15, 8, 0, 0, TimeSpan.Zero), c.ResolutionDueAt);
        Assert.Equal(new DateTimeOffset(2026, 5, 14, 15, 0, 0, TimeSpan.Zero), c.ResolutionWarnAt);
        Assert.Equal("on_track", c.SlaState(wednesdayNoon));
    }
}
