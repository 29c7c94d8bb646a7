using Ekko.Text.Sentiment;

namespace Ekko.Text.Tests.Sentiment;

public sealed class SentimentAnalyzerTests
{
    private static readonly TextAnalyzer Analyzer = new();

    [Theory]
    [InlineData("jag gillar det inte", "sv")]
    [InlineData("jeg liker det ikke", "nb")]
    [InlineData("det var ikke godt", "da")]
    [InlineData("Appen funkar inte", "sv")]
    [InlineData("I don't like it", "en")]
    public void Negation_before_and_after_the_word_turns_positive_words_negative(string text, string language)
    {
        var result = Analyzer.Analyze(text, language);
        Assert.Equal(SentimentLabel.Negative, result.Sentiment.Label);
        Assert.True(result.Sentiment.Score < 0);
    }

    [Theory]
    [InlineData("Inga problem alls", "sv")]
    [InlineData("Ingen problemer med leveringen", "nb")]
    [InlineData("No complaints", "en")]
    public void Negated_negative_words_are_positive(string text, string language) =>
        Assert.Equal(SentimentLabel.Positive, Analyzer.Analyze(text, language).Sentiment.Label);

    [Fact]
    public void Contrast_makes_a_mixed_comment_and_splits_sentiment_by_theme()
    {
        var result = Analyzer.Analyze("Bra pris men långsam leverans", "sv");
        Assert.Equal(SentimentLabel.Mixed, result.Sentiment.Label);
        Assert.True(result.Sentiment.Score < 0, "the part after 'men' weighs more");
        Assert.Equal(SentimentLabel.Positive, result.Themes.Single(t => t.ThemeId == "price").Sentiment.Label);
        Assert.Equal(SentimentLabel.Negative, result.Themes.Single(t => t.ThemeId == "delivery").Sentiment.Label);
    }

    [Fact]
    public void Compound_intensifiers_caps_and_exclamation_strengthen()
    {
        var plain = Analyzer.Analyze("bra", "sv").Sentiment.Score;
        Assert.True(Analyzer.Analyze("jättebra", "sv").Sentiment.Score > plain);
        Assert.True(Analyzer.Analyze("Leveransen var BRA", "sv").Sentiment.Score > Analyzer.Analyze("Leveransen var bra", "sv").Sentiment.Score);
        Assert.True(Analyzer.Analyze("bra!!!", "sv").Sentiment.Score > plain);
        Assert.True(Analyzer.Analyze("superdårlig", "nb").Sentiment.Score < Analyzer.Analyze("dårlig", "nb").Sentiment.Score);
    }

    [Fact]
    public void Emoji_carry_sentiment()
    {
        Assert.Equal(SentimentLabel.Positive, Analyzer.Analyze("Leveransen 😍", "sv").Sentiment.Label);
        Assert.Equal(SentimentLabel.Negative, Analyzer.Analyze("Kundtjänst 😡", "sv").Sentiment.Label);
    }

    [Fact]
    public void Phrases_carry_offsets_into_the_text()
    {
        const string text = "Personalen var inte hjälpsam.";
        var phrase = Assert.Single(Analyzer.Analyze(text, "sv").Sentiment.Phrases);
        Assert.Equal("inte hjälpsam", text.Substring(phrase.Start, phrase.Length));
        Assert.True(phrase.Valence < 0);
    }

    [Fact]
    public void Curated_phrases_override_words_with_the_right_sign()
    {
        Assert.Equal(SentimentLabel.Positive, Analyzer.Analyze("Kort väntetid", "sv").Sentiment.Label);
        Assert.Equal(SentimentLabel.Negative, Analyzer.Analyze("Lång kö", "sv").Sentiment.Label);
        Assert.Equal(SentimentLabel.Negative, Analyzer.Analyze("Aldrig igen", "sv").Sentiment.Label);
    }
}
