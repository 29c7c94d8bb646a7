namespace Ekko.Text.Themes;

/// <summary>
/// One theme of a taxonomy: a stable id, a display name, and per language (sv, nb, da, en) the rules that find it.
/// A comment has the theme when any one of the rules of its language matches.
/// </summary>
public sealed record ThemeDefinition(string Id, string Name, string Description, IReadOnlyDictionary<string, IReadOnlyList<string>> Rules);
