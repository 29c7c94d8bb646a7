using Ekko.Analytics.Retention;

namespace Ekko.Analytics.Tests.Retention;

public sealed class ActivityHistoryTests
{
    private static readonly DateOnly Day = new(2026, 3, 15);

    [Fact]
    public void Active_means_activity_in_the_window_days_before_the_day()
    {
        var history = new ActivityHistory([Day]);

        Assert.False(history.IsActiveAt(Day, 7), "activity on the day itself counts only from the next day");
        Assert.True(history.IsActiveAt(Day.AddDays(1), 7));
        Assert.True(history.IsActiveAt(Day.AddDays(7), 7), "t - 7 is the first day of a 7-day window");
        Assert.False(history.IsActiveAt(Day.AddDays(8), 7));
        Assert.False(history.IsActiveAt(Day.AddDays(-3), 7));
        Assert.True(history.IsActiveAt(Day.AddDays(1), 1));
        Assert.False(history.IsActiveAt(Day.AddDays(2), 1));
    }

    [Fact]
    public void The_latest_activity_before_the_day_decides()
    {
        var history = new ActivityHistory([Day.AddDays(-40), Day, Day.AddDays(20), Day]);

        Assert.Equal(Day.AddDays(-40), history.FirstDay);
        Assert.True(history.IsActiveAt(Day.AddDays(-30), 10));
        Assert.False(history.IsActiveAt(Day.AddDays(-29), 10));
        Assert.True(history.IsActiveAt(Day.AddDays(10), 10));
        Assert.False(history.IsActiveAt(Day.AddDays(11), 10));
        Assert.True(history.IsActiveAt(Day.AddDays(21), 10), "activity on day +20 is in the window of day +21 even though day +20 itself is not");
    }

    [Fact]
    public void A_history_needs_a_day()
    {
        Assert.Throws<ArgumentException>(() => new ActivityHistory([]));
    }
}
