namespace Ekko.Text.Themes;

public enum TermKind
{
    /// <summary><c>word</c>: the word itself or any word with the same stem.</summary>
    Exact,

    /// <summary><c>=word</c>: this exact form only, for words whose stem collides with another ("=varan" is not "var").</summary>
    Literal,

    /// <summary><c>word*</c>: words starting with it.</summary>
    Prefix,

    /// <summary><c>*word</c>: words ending with it (the head of a compound: "hemleverans").</summary>
    Suffix,

    /// <summary><c>*word*</c>: words containing it ("paketleveransen").</summary>
    Infix,
}

/// <summary>One word pattern of a theme rule.</summary>
public sealed record TermPattern(TermKind Kind, string Text, string Stem);
