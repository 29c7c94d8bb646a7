using Ekko.Text.Themes;

namespace Ekko.Text.Tests.Themes;

public sealed class ThemeTaxonomyTests
{
    private static string[] Themes(TextAnalyzer analyzer, string text, string language) =>
        [.. analyzer.Analyze(text, language).Themes.Select(t => t.ThemeId).Order()];

    [Fact]
    public void The_default_taxonomy_has_the_eleven_themes_in_four_languages()
    {
        var taxonomy = ThemeTaxonomy.Default;
        Assert.Equal(11, taxonomy.Themes.Count);
        Assert.All(taxonomy.Themes, t => Assert.Equal(["da", "en", "nb", "sv"], t.Rules.Keys.Order()));
    }

    [Fact]
    public void Prefix_suffix_infix_phrase_and_not_rules_match_as_documented()
    {
        var taxonomy = new ThemeTaxonomy([new ThemeDefinition("t", "T", "", new Dictionary<string, IReadOnlyList<string>>
        {
            ["sv"] = ["leverans*", "*kö", "*paket*", "\"lång väntan\"", "butik* NOT nätbutik*", "kassa AND betal*", "=varan"],
        })]);
        var analyzer = new TextAnalyzer(new TextAnalyzerOptions { Taxonomy = taxonomy, Languages = ["sv"] });
        Assert.Equal(["t"], Themes(analyzer, "Leveranstiden", "sv"));
        Assert.Equal(["t"], Themes(analyzer, "telefonkö", "sv"));
        Assert.Equal(["t"], Themes(analyzer, "returpaketet", "sv"));
        Assert.Equal(["t"], Themes(analyzer, "en lång väntan", "sv"));
        Assert.Empty(Themes(analyzer, "lång och jobbig väntan", "sv"));
        Assert.Equal(["t"], Themes(analyzer, "butiken", "sv"));
        Assert.Empty(Themes(analyzer, "nätbutiken", "sv"));
        Assert.Empty(Themes(analyzer, "kassan", "sv"));
        Assert.Equal(["t"], Themes(analyzer, "kassa och betalning", "sv"));
        Assert.Equal(["t"], Themes(analyzer, "varan", "sv"));
        Assert.Empty(Themes(analyzer, "det var bra", "sv"));
    }

    [Fact]
    public void A_workspace_adds_a_theme_and_words_and_the_taxonomy_round_trips_through_json()
    {
        var taxonomy = ThemeTaxonomy.Default
            .WithTheme(new ThemeDefinition("sustainability", "Sustainability", "packaging, climate", new Dictionary<string, IReadOnlyList<string>> { ["sv"] = ["plast*"] }))
            .WithRules("sustainability", "nb", "emballasje*", "plast*");
        var copy = ThemeTaxonomy.FromJson(taxonomy.ToJson());
        Assert.Equal(12, copy.Themes.Count);
        Assert.Equal(["emballasje*", "plast*"], copy.Find("sustainability")!.Rules["nb"]);
        var analyzer = new TextAnalyzer(new TextAnalyzerOptions { Taxonomy = copy });
        Assert.Contains("sustainability", Themes(analyzer, "For mye plastemballasje", "nb"));
    }

    [Theory]
    [InlineData("")]
    [InlineData("NOT pris")]
    [InlineData("(pris")]
    [InlineData("\"pris")]
    [InlineData("pr*is")]
    public void Bad_rules_are_refused_with_the_theme_named(string rule)
    {
        var e = Assert.Throws<ArgumentException>(() => new ThemeTaxonomy([new ThemeDefinition("x", "X", "",
            new Dictionary<string, IReadOnlyList<string>> { ["sv"] = [rule] })]));
        Assert.Contains("'x'", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Several_themes_per_comment() =>
        Assert.Equal(["customer_service", "delivery"], Themes(new TextAnalyzer(), "Paketet kom en vecka för sent och ingen svarade i kundtjänst.", "sv"));

    /// <summary>
    /// The default taxonomy's boundaries between themes, the same in every language: waiting for goods or money is
    /// delivery or a refund, not waiting time (queues, hold times, replies); a refund is not a payment; an e-mail
    /// counts as customer service when it is about a reply.
    /// </summary>
    [Theory]
    [InlineData("sv", "Har väntat i två veckor på mitt paket.", "delivery")]
    [InlineData("sv", "Väntade länge i telefonkön.", "waiting_time")]
    [InlineData("sv", "Har väntat tre veckor på återbetalningen.", "returns_refunds")]
    [InlineData("sv", "Betalningen med kortet gick inte igenom.", "checkout_payment")]
    [InlineData("sv", "Ingen svarade på mitt mejl.", "customer_service")]
    [InlineData("sv", "Alldeles för många mejl, nyhetsbrev varje dag.", "marketing_communication")]
    [InlineData("nb", "Har ventet i to uker på pakken.", "delivery")]
    [InlineData("nb", "Har ventet tre uker på tilbakebetalingen.", "returns_refunds")]
    [InlineData("nb", "Ingen svarte på e-posten min.", "customer_service")]
    [InlineData("da", "Har ventet to uger på pakken.", "delivery")]
    [InlineData("da", "Ingen svarede på min mail.", "customer_service")]
    [InlineData("en", "Been waiting two weeks for my package.", "delivery")]
    [InlineData("en", "Waited 40 minutes on hold.", "waiting_time")]
    [InlineData("en", "Nobody replied to my email.", "customer_service")]
    public void Theme_boundaries_of_the_default_taxonomy(string language, string text, string theme) =>
        Assert.Equal([theme], Themes(new TextAnalyzer(), text, language));
}
