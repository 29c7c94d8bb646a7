using System.Text.Json.Nodes;
using Ekko.Analytics;
using Ekko.Core.Features.Cases;

namespace Ekko.Core.Tests.Features.Cases;

public sealed class CaseRuleMatchTests
{
    private static readonly JsonObject NoAttributes = [];

    [Fact]
    public void Detractor_rules_match_at_or_below_their_score_and_only_their_metric()
    {
        var rule = new CaseRule { Name = "detractors", Metric = Metric.Nps, MaxScore = 6 };

        Assert.Equal("rule 'detractors': NPS 6 <= 6", CaseRuleMatch.Explain(rule, new ResponseFacts(Metric.Nps, 6, null, null, NoAttributes)));
        Assert.Null(CaseRuleMatch.Explain(rule, new ResponseFacts(Metric.Nps, 7, null, null, NoAttributes)));
        Assert.Null(CaseRuleMatch.Explain(rule, new ResponseFacts(Metric.Csat, 1, null, null, NoAttributes)));
        Assert.Null(CaseRuleMatch.Explain(rule, new ResponseFacts(null, null, "awful", null, NoAttributes)));
    }

    [Theory]
    [InlineData("Jag vill SÄGA  UPP mitt medlemskap", "säga upp", true)]
    [InlineData("Eg vil si opp avtalen", "si opp", true)]
    [InlineData("Jeg vil opsige mit abonnement", "opsige", true)]
    [InlineData("Please cancel my order", "cancel", true)]
    [InlineData("I cancelled twice", "cancel", false)]
    [InlineData("I cancelled twice", "cancel*", true)]
    [InlineData("The cancellation fee", "cancel*", true)]
    [InlineData("uppsägning", "säga upp", false)]
    [InlineData("Oppsigelse", "si opp", false)]
    public void Keywords_match_whole_words_and_phrases_case_insensitively(string comment, string keyword, bool matches)
    {
        var rule = new CaseRule { Name = "churn words", Keywords = $"[\"{keyword}\"]" };

        Assert.Equal(matches, CaseRuleMatch.Explain(rule, new ResponseFacts(null, null, comment, null, NoAttributes)) is not null);
    }

    [Fact]
    public void All_conditions_must_hold_and_a_valuable_customer_raises_the_priority()
    {
        var rule = new CaseRule
        {
            Name = "vip", Metric = Metric.Csat, MaxScore = 2, CustomerAttribute = "segment", CustomerAttributeValue = "vip",
            Priority = CasePriority.High, RaisePriorityAttribute = "lifetime_value", RaisePriorityAtLeast = 10_000,
        };
        var vip = new JsonObject { ["segment"] = "VIP", ["lifetime_value"] = 18_400 };
        var member = new JsonObject { ["segment"] = "member", ["lifetime_value"] = 18_400 };
        var smallVip = new JsonObject { ["segment"] = "vip", ["lifetime_value"] = 900 };

        Assert.Equal("rule 'vip': CSAT 2 <= 2, customer segment = VIP", CaseRuleMatch.Explain(rule, new ResponseFacts(Metric.Csat, 2, null, null, vip)));
        Assert.Null(CaseRuleMatch.Explain(rule, new ResponseFacts(Metric.Csat, 2, null, null, member)));
        Assert.Equal(CasePriority.Urgent, CaseRuleMatch.PriorityFor(rule, new ResponseFacts(Metric.Csat, 2, null, null, vip)));
        Assert.Equal(CasePriority.High, CaseRuleMatch.PriorityFor(rule, new ResponseFacts(Metric.Csat, 2, null, null, smallVip)));
    }

    [Fact]
    public void Sentiment_and_theme_conditions_need_the_text_analysis_and_together_mean_the_sentiment_about_the_theme()
    {
        var rule = new CaseRule { Name = "angry about delivery", Sentiment = "negative", Theme = "delivery" };
        var overall = new CaseRule { Name = "angry", Sentiment = "negative" };

        Assert.Null(CaseRuleMatch.Explain(rule, new ResponseFacts(Metric.Nps, 0, "Paketet kom aldrig", null, NoAttributes)));
        // Negative overall, but happy with the delivery: not this rule's case.
        Assert.Null(CaseRuleMatch.Explain(rule, new ResponseFacts(Metric.Nps, 0, "x", null, NoAttributes, "negative", ["delivery"], new Dictionary<string, string> { ["delivery"] = "positive" })));
        Assert.Equal("rule 'angry about delivery': negative about theme delivery",
            CaseRuleMatch.Explain(rule, new ResponseFacts(Metric.Nps, 0, "x", null, NoAttributes, "mixed", ["delivery"], new Dictionary<string, string> { ["delivery"] = "negative" })));
        Assert.Equal("rule 'angry': negative sentiment", CaseRuleMatch.Explain(overall, new ResponseFacts(Metric.Nps, 0, "x", null, NoAttributes, "negative")));
    }

    [Fact]
    public void A_rule_without_conditions_matches_nothing()
    {
        Assert.Null(CaseRuleMatch.Explain(new CaseRule { Name = "empty" }, new ResponseFacts(Metric.Nps, 0, "cancel", null, NoAttributes)));
    }
}
