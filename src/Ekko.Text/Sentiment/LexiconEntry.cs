namespace Ekko.Text.Sentiment;

/// <summary>A multi-word lexicon entry: its words as stems (matched against the comment's stems) and its valence.</summary>
internal sealed record PhraseEntry(string[] Stems, double Valence);
