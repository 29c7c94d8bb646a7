using Ekko.Analytics.Columnar;

namespace Ekko.Analytics.Tests.Columnar;

public sealed class TimeGrainTests
{
    [Theory]
    [InlineData("2026-03-09", "2026-03-09")] // Monday
    [InlineData("2026-03-11", "2026-03-09")] // Wednesday
    [InlineData("2026-03-15", "2026-03-09")] // Sunday belongs to the week before (ISO)
    [InlineData("2026-01-01", "2025-12-29")] // Thursday: the ISO week starts in the old year
    public void Weeks_start_on_monday(string day, string monday)
    {
        Assert.Equal(Parse(monday), TimeGrain.Week.StartOf(Parse(day)));
    }

    [Fact]
    public void Months_and_days()
    {
        Assert.Equal(new DateOnly(2024, 2, 1), TimeGrain.Month.StartOf(new DateOnly(2024, 2, 29)));
        Assert.Equal(new DateOnly(2024, 3, 1), TimeGrain.Month.Next(new DateOnly(2024, 2, 1)));
        Assert.Equal(new DateOnly(2023, 12, 1), TimeGrain.Month.Previous(new DateOnly(2024, 1, 1)));
        Assert.Equal(new DateOnly(2024, 2, 29), TimeGrain.Day.StartOf(new DateOnly(2024, 2, 29)));
        Assert.Equal(new DateOnly(2024, 3, 1), TimeGrain.Day.Next(new DateOnly(2024, 2, 29)));
        Assert.Equal(new DateOnly(2025, 12, 22), TimeGrain.Week.Previous(new DateOnly(2025, 12, 29)));
        Assert.Equal(new DateOnly(2026, 1, 5), TimeGrain.Week.Next(new DateOnly(2025, 12, 29)));
    }

    [Fact]
    public void Labels_names_and_parsing()
    {
        Assert.Equal("2026-03", TimeGrain.Month.Label(new DateOnly(2026, 3, 1)));
        Assert.Equal("2026-03-09", TimeGrain.Week.Label(new DateOnly(2026, 3, 9)));
        Assert.Equal("2026-03-10", TimeGrain.Day.Label(new DateOnly(2026, 3, 10)));
        Assert.All(Enum.GetValues<TimeGrain>(), grain => Assert.Equal(grain, TimeGrains.Parse(grain.Name())));
        Assert.Null(TimeGrains.Parse("year"));
        Assert.Null(TimeGrains.Parse("Month"));
    }

    private static DateOnly Parse(string day) => DateOnly.ParseExact(day, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
