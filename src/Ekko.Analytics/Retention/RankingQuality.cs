namespace Ekko.Analytics.Retention;

/// <summary>
/// How well a risk score ranks: <see cref="Auc"/> = the chance that a random churner scores above a random
/// customer who stayed (ties count half); <see cref="TopDecileLift"/> = the churn rate among the highest-scored
/// tenth divided by the base rate (how much better than picking at random the first tenth of a call list is).
/// </summary>
public sealed record RankingQuality(int N, int Positives, double BaseRate, double? Auc, double? TopDecileLift)
{
    public static RankingQuality Of(IReadOnlyList<double> scores, IReadOnlyList<bool> outcomes)
    {
        ArgumentNullException.ThrowIfNull(scores);
        ArgumentNullException.ThrowIfNull(outcomes);
        if (scores.Count != outcomes.Count)
        {
            throw new ArgumentException("one outcome per score", nameof(outcomes));
        }

        var n = scores.Count;
        var positives = outcomes.Count(o => o);
        var baseRate = n > 0 ? (double)positives / n : 0;
        if (positives == 0 || positives == n)
        {
            return new RankingQuality(n, positives, baseRate, null, null);
        }

        // Mann-Whitney: average ranks over ties, AUC = (sum of positive ranks - P(P+1)/2) / (P * N).
        var order = Enumerable.Range(0, n).OrderBy(i => scores[i]).ToArray();
        double positiveRanks = 0;
        for (var start = 0; start < n;)
        {
            var end = start;
            while (end + 1 < n && scores[order[end + 1]] == scores[order[start]])
            {
                end++;
            }

            var rank = (start + end) / 2.0 + 1;
            for (var k = start; k <= end; k++)
            {
                positiveRanks += outcomes[order[k]] ? rank : 0;
            }

            start = end + 1;
        }

        var negatives = n - positives;
        var auc = (positiveRanks - positives * (positives + 1) / 2.0) / ((double)positives * negatives);

        // The top tenth, at least one customer; ties at the boundary are ordered by position, which is fixed.
        var top = Math.Max(1, (int)Math.Round(n / 10.0));
        var topPositives = Enumerable.Range(0, n).OrderByDescending(i => scores[i]).ThenBy(i => i).Take(top).Count(i => outcomes[i]);
        return new RankingQuality(n, positives, baseRate, auc, (double)topPositives / top / baseRate);
    }
}
