namespace Ekko.Core.Features.Cases;

public sealed record CaseSettingsView(
    double FirstContactHours, double ResolutionHours, double WarnBeforeHours, string DayStart, string DayEnd,
    IReadOnlyList<int> Workdays, IReadOnlyList<DateOnly> Holidays, string TimeZone, int DedupDays, int MaxResponseAgeDays)
{
    public static CaseSettingsView Of(CaseSettings s, string timeZone) => new(
        s.FirstContactHours, s.ResolutionHours, s.WarnBeforeHours, s.DayStart, s.DayEnd,
        [.. s.Workdays.Split(',').Select(d => int.Parse(d, System.Globalization.CultureInfo.InvariantCulture))], s.HolidayDates, timeZone, s.DedupDays, s.MaxResponseAgeDays);
}
