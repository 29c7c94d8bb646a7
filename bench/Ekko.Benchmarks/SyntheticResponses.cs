using Ekko.Analytics;

namespace Ekko.Benchmarks;

/// <summary>
/// Deterministic synthetic answers over the two years up to <see cref="LastDay"/>, column by column: 60% NPS,
/// 30% CSAT, 10% CES; 20 touchpoints, 5 channels, 4 languages, 6 surveys, 3 segments, 25 regions. Every store
/// in the benchmark is loaded from these same arrays.
/// </summary>
public sealed class SyntheticResponses
{
    public static readonly DateOnly LastDay = new(2026, 11, 22);
    public static readonly DateOnly FirstDay = LastDay.AddDays(-729);

    public static readonly string[] Touchpoints = [.. Enumerable.Range(1, 20).Select(i => $"touchpoint-{i:00}")];
    public static readonly string[] Channels = ["web", "app", "email", "store", "phone"];
    public static readonly string[] Languages = ["sv", "nb", "da", "en"];
    public static readonly string[] Surveys = [.. Enumerable.Range(1, 6).Select(i => $"survey-{i}")];
    public static readonly string[] Segments = ["member", "guest", "business"];
    public static readonly string[] Regions = [.. Enumerable.Range(1, 25).Select(i => $"region-{i:00}")];

    public SyntheticResponses(int count)
    {
        Count = count;
        Days = new int[count];
        Metrics = new byte[count];
        Scores = new byte[count];
        Touchpoint = new byte[count];
        Channel = new byte[count];
        Language = new byte[count];
        Survey = new byte[count];
        Segment = new byte[count];
        Region = new byte[count];
        var random = new Random(2026);
        var span = LastDay.DayNumber - FirstDay.DayNumber + 1;
        for (var i = 0; i < count; i++)
        {
            // Arrival order is time order, as in production, with the day drawn from a slowly growing volume.
            Days[i] = FirstDay.DayNumber + (int)((long)i * span / count);
            var kind = random.Next(10);
            Metrics[i] = (byte)(kind < 6 ? Metric.Nps : kind < 9 ? Metric.Csat : Metric.Ces);
            Scores[i] = (byte)(Metrics[i] switch
            {
                (byte)Metric.Nps => Math.Min(10, random.Next(0, 8) + random.Next(0, 4)),
                (byte)Metric.Csat => random.Next(1, 6),
                _ => random.Next(1, 8),
            });
            Touchpoint[i] = (byte)random.Next(Touchpoints.Length);
            Channel[i] = (byte)random.Next(Channels.Length);
            Language[i] = (byte)random.Next(Languages.Length);
            Survey[i] = (byte)random.Next(Surveys.Length);
            Segment[i] = (byte)random.Next(Segments.Length);
            Region[i] = (byte)random.Next(Regions.Length);
        }
    }

    public int Count { get; }
    public int[] Days { get; }
    public byte[] Metrics { get; }
    public byte[] Scores { get; }
    public byte[] Touchpoint { get; }
    public byte[] Channel { get; }
    public byte[] Language { get; }
    public byte[] Survey { get; }
    public byte[] Segment { get; }
    public byte[] Region { get; }

    public DateOnly Day(int i) => DateOnly.FromDayNumber(Days[i]);
}
