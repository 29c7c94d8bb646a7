using Ekko.Text.Topics;

namespace Ekko.Text.Tests.Topics;

public sealed class GsdmmClusteringTests
{
    private static readonly string[] Comments =
    [
        "Plastförpackningen var onödigt stor", "För mycket plast i förpackningen", "Onödig plastförpackning igen",
        "Förpackningen var full av plast", "Parkeringen vid lagret är full", "Ingen parkering vid lagret",
        "Parkeringen är alltid full", "Svårt att hitta parkering",
    ];

    [Fact]
    public void The_same_seed_gives_the_same_topics()
    {
        var first = GsdmmClustering.Discover(Comments, "sv", maxTopics: 5, seed: 7);
        var second = GsdmmClustering.Discover(Comments, "sv", maxTopics: 5, seed: 7);
        Assert.Equal(first.Select(t => string.Join(",", t.CommentIndexes)), second.Select(t => string.Join(",", t.CommentIndexes)));
        Assert.Equal(first.Select(t => string.Join(",", t.Label)), second.Select(t => string.Join(",", t.Label)));
    }

    [Fact]
    public void Separates_two_obvious_topics_and_labels_them_with_their_words()
    {
        var topics = GsdmmClustering.Discover(Comments, "sv", maxTopics: 5, iterations: 50, seed: 1);
        var packaging = topics.Single(t => t.CommentIndexes.Contains(1));
        var parking = topics.Single(t => t.CommentIndexes.Contains(6));
        Assert.NotSame(packaging, parking);
        Assert.Contains(packaging.Label, w => w.StartsWith("plast", StringComparison.Ordinal) || w.StartsWith("förpackning", StringComparison.Ordinal));
        Assert.Contains(parking.Label, w => w.StartsWith("parkering", StringComparison.Ordinal));
    }
}
