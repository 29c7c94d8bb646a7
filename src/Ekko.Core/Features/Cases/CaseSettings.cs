using System.Globalization;
using System.Text.Json;

namespace Ekko.Core.Features.Cases;

/// <summary>
/// A workspace's closed-loop settings: the SLA in business hours, the business calendar (hours, working
/// days, holidays; the time zone is the workspace's), and how rule cases are de-duplicated. A workspace
/// without a row uses the defaults.
/// </summary>
public sealed class CaseSettings
{
    public Guid WorkspaceId { get; init; }
    public double FirstContactHours { get; set; } = 8;
    public double ResolutionHours { get; set; } = 40;
    public double WarnBeforeHours { get; set; } = 2;

    /// <summary>Local time the working day starts, HH:mm.</summary>
    public string DayStart { get; set; } = "09:00";

    public string DayEnd { get; set; } = "17:00";

    /// <summary>ISO weekday numbers (1 = Monday ... 7 = Sunday), comma-separated.</summary>
    public string Workdays { get; set; } = "1,2,3,4,5";

    /// <summary>Holidays as a JSON array of yyyy-MM-dd dates.</summary>
    public string Holidays { get; set; } = "[]";

    /// <summary>A customer gets at most one rule case per this many days; later matches are added to the open one.</summary>
    public int DedupDays { get; set; } = 7;

    /// <summary>Responses submitted longer ago than this when they arrive (imports of history) open no case.</summary>
    public int MaxResponseAgeDays { get; set; } = 14;

    public SlaPolicy Policy => new(TimeSpan.FromHours(FirstContactHours), TimeSpan.FromHours(ResolutionHours), TimeSpan.FromHours(WarnBeforeHours));

    public IReadOnlyList<DateOnly> HolidayDates =>
        JsonSerializer.Deserialize<string[]>(Holidays)!.Select(d => DateOnly.ParseExact(d, "yyyy-MM-dd", CultureInfo.InvariantCulture)).ToList();

    public IReadOnlySet<DayOfWeek> WorkdaySet =>
        Workdays.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(d => (DayOfWeek)(int.Parse(d, CultureInfo.InvariantCulture) % 7)).ToHashSet();

    public BusinessCalendar Calendar(string timeZone) => new(
        TimeZoneInfo.TryFindSystemTimeZoneById(timeZone, out var zone) ? zone : TimeZoneInfo.Utc,
        TimeOnly.ParseExact(DayStart, "HH:mm", CultureInfo.InvariantCulture),
        TimeOnly.ParseExact(DayEnd, "HH:mm", CultureInfo.InvariantCulture),
        WorkdaySet,
        HolidayDates.ToHashSet());
}
