using Ekko.Text.Languages;
using Ekko.Text.Themes;

namespace Ekko.Text;

public sealed record TextAnalyzerOptions
{
    /// <summary>The workspace's languages; detection chooses among these only.</summary>
    public IReadOnlyList<string> Languages { get; init; } = LanguageCodes.Supported;

    public ThemeTaxonomy Taxonomy { get; init; } = ThemeTaxonomy.Default;

    /// <summary>Replace e-mail addresses, phone, card and national identity numbers before analysis and in the result.</summary>
    public bool Redact { get; init; }

    /// <summary>Longer texts are refused with an <see cref="ArgumentException"/> rather than analysed (about 200 KB).</summary>
    public int MaxLength { get; init; } = 200_000;
}
