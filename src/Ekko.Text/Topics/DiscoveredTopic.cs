namespace Ekko.Text.Topics;

/// <summary>A cluster of comments no theme matched, labelled with its most characteristic words; a candidate theme.</summary>
public sealed record DiscoveredTopic(IReadOnlyList<string> Label, IReadOnlyList<int> CommentIndexes);
