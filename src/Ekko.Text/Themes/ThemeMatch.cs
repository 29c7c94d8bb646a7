using Ekko.Text.Sentiment;

namespace Ekko.Text.Themes;

/// <summary>A theme found in a comment, the sentiment of the comment's part about it, and where it was mentioned.</summary>
public sealed record ThemeMatch(string ThemeId, SentimentResult Sentiment, IReadOnlyList<int> TokenPositions);
