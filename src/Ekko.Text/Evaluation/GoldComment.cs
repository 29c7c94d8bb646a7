using Ekko.Text.Sentiment;

namespace Ekko.Text.Evaluation;

/// <summary>One labelled comment of a gold file: <c>{"id","language","text","sentiment":{"label","score"},"themes":[...]}</c>.</summary>
public sealed record GoldComment(string Id, string Language, string Text, SentimentLabel Label, double Score, IReadOnlyList<string> Themes);
