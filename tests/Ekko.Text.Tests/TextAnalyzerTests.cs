using System.Text;
using Ekko.Text.Sentiment;

namespace Ekko.Text.Tests;

public sealed class TextAnalyzerTests
{
    private static readonly TextAnalyzer Analyzer = new();

    [Theory]
    [InlineData("")]
    [InlineData("   \n\t ")]
    [InlineData("\uD800 lone high surrogate and a lone low \uDC00")]
    [InlineData("<script>alert('x')</script><b>Bra</b> &amp; snabbt")]
    [InlineData("Привет 你好 مرحبا bra 😀")]
    [InlineData("!!!???...,,,")]
    [InlineData("\u0000\u0001\u001f control")]
    public void Bad_input_gives_a_result_not_a_crash(string text)
    {
        var result = Analyzer.Analyze(text, "sv");
        Assert.InRange(result.Sentiment.Score, -1, 1);
        Assert.Contains(result.Language, new[] { "sv", "nb", "da", "en" });
    }

    [Fact]
    public void Script_content_is_not_analysed()
    {
        var result = Analyzer.Analyze("<script>var fantastic = 'excellent';</script>", "en");
        Assert.Equal(SentimentLabel.Neutral, result.Sentiment.Label);
    }

    [Fact]
    public void A_100_kb_comment_is_analysed_and_a_huge_one_refused_with_a_clear_error()
    {
        var big = new StringBuilder();
        while (big.Length < 100_000)
        {
            big.Append("Leveransen var snabb men kundtjänsten var dålig. ");
        }

        var result = Analyzer.Analyze(big.ToString(), null);
        Assert.Equal("sv", result.Language);
        var e = Assert.Throws<ArgumentException>(() => Analyzer.Analyze(new string('a', 300_000)));
        Assert.Contains("at most", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Jag är inte nöjd med leveransen och det tog alldeles för lång tid", "sv")]
    [InlineData("Jeg er ikke fornøyd med leveringen, og det tok altfor lang tid", "nb")]
    [InlineData("Jeg er ikke tilfreds med leveringen, og det tog alt for lang tid", "da")]
    [InlineData("I am not happy with the delivery and it took far too long", "en")]
    public void Detects_the_four_languages_without_a_hint(string text, string language) =>
        Assert.Equal(language, Analyzer.DetectLanguage(text));

    [Fact]
    public void Very_short_texts_take_the_customers_language()
    {
        Assert.Equal("da", Analyzer.DetectLanguage("Super!", "da"));
        Assert.Equal("nb", Analyzer.DetectLanguage("ok", "nb-NO"));
    }

    [Fact]
    public void Detection_is_restricted_to_the_configured_languages()
    {
        var nordic = new TextAnalyzer(new TextAnalyzerOptions { Languages = ["sv", "da"] });
        Assert.Contains(nordic.DetectLanguage("I am not happy with the delivery"), new[] { "sv", "da" });
    }

    [Fact]
    public void Redaction_happens_before_analysis_and_in_the_result()
    {
        var analyzer = new TextAnalyzer(new TextAnalyzerOptions { Redact = true });
        var result = analyzer.Analyze("Bra service! Ring mig på 070-123 45 67", "sv");
        Assert.True(result.Redacted);
        Assert.Equal("Bra service! Ring mig på [phone]", result.Text);
        Assert.DoesNotContain(result.Keyphrases, k => k.Contains("070", StringComparison.Ordinal));
    }

    [Fact]
    public void Is_thread_safe()
    {
        var texts = new[] { "Bra pris men långsam leverans", "Jeg liker det ikke", "Great service!", "Pakken kom aldrig frem" };
        var expected = texts.Select(t => Analyzer.Analyze(t).Sentiment.Score).ToArray();
        Parallel.For(0, 2000, i => Assert.Equal(expected[i % 4], Analyzer.Analyze(texts[i % 4]).Sentiment.Score));
    }

    [Fact]
    public void With_taxonomy_uses_the_new_themes_and_keeps_the_rest()
    {
        var edited = Analyzer.Taxonomy.WithTheme(new Ekko.Text.Themes.ThemeDefinition("parcel_lockers", "Parcel lockers", "",
            new Dictionary<string, IReadOnlyList<string>> { ["sv"] = ["paketskåp*"] }));
        var analyzer = Analyzer.WithTaxonomy(edited);

        var before = Analyzer.Analyze("Paketskåpet gick inte att öppna, dåligt.", "sv");
        var after = analyzer.Analyze("Paketskåpet gick inte att öppna, dåligt.", "sv");

        Assert.DoesNotContain(before.Themes, t => t.ThemeId == "parcel_lockers");
        Assert.Contains(after.Themes, t => t.ThemeId == "parcel_lockers");
        Assert.Equal(before.Sentiment, after.Sentiment with { Phrases = before.Sentiment.Phrases });
        Assert.Same(edited, analyzer.Taxonomy);
    }
}
