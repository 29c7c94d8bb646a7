namespace Ekko.Analytics.Columnar;

/// <summary>A query would produce more groups than an answer can sensibly hold (grouping by an id, say).</summary>
public sealed class TooManyGroupsException(long groups, long limit)
    : Exception($"the query would produce up to {groups} groups (limit {limit}); group by fewer or coarser dimensions, or filter")
{
    public long Groups { get; } = groups;

    public long Limit { get; } = limit;
}
