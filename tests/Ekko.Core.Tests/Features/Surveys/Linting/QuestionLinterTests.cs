using Ekko.Core.Features.Surveys;
using Ekko.Core.Features.Surveys.Linting;

namespace Ekko.Core.Tests.Features.Surveys.Linting;

public sealed class QuestionLinterTests
{
    [Theory]
    [InlineData("en", "How likely is it that you would recommend Ekko to a friend or colleague?")]
    [InlineData("sv", "Hur troligt är det att du skulle rekommendera Ekko till en vän eller kollega?")]
    [InlineData("nb", "Hvor sannsynlig er det at du vil anbefale Ekko til en venn eller kollega?")]
    [InlineData("da", "Hvor sandsynligt er det, at du vil anbefale Ekko til en ven eller kollega?")]
    public void Standard_NPS_wording_gets_no_warning(string language, string text)
    {
        Assert.Empty(QuestionLinter.Lint(new QuestionToLint(text, language, QuestionType.Nps)));
    }

    [Theory]
    [InlineData("en", "How easy was it to return your item?", QuestionType.Ces)]
    [InlineData("en", "How satisfied were you with your delivery?", QuestionType.Csat)]
    [InlineData("sv", "Hur lätt var det att returnera din vara?", QuestionType.Ces)]
    [InlineData("sv", "Hur nöjd var du med din leverans?", QuestionType.Csat)]
    [InlineData("nb", "Hvor enkelt var det å returnere varen?", QuestionType.Ces)]
    [InlineData("nb", "Hvor fornøyd var du med leveringen?", QuestionType.Csat)]
    [InlineData("da", "Hvor nemt var det at returnere din vare?", QuestionType.Ces)]
    [InlineData("da", "Hvor tilfreds var du med din levering?", QuestionType.Csat)]
    public void Standard_CES_and_CSAT_wordings_get_no_warning(string language, string text, QuestionType format)
    {
        Assert.Empty(QuestionLinter.Lint(new QuestionToLint(text, language, format)));
    }

    [Theory]
    [InlineData("en", "How great was our delivery?", "How great", "How would you rate our delivery?")]
    [InlineData("sv", "Hur bra var vår leverans?", "Hur bra", "Hur skulle du bedöma vår leverans?")]
    [InlineData("nb", "Hvor flott var leveringen vår?", "Hvor flott", "Hvordan vil du vurdere leveringen vår?")]
    [InlineData("da", "Hvor god var vores levering?", "Hvor god", "Hvordan vil du vurdere vores levering?")]
    [InlineData("en", "Overall, how amazing was your stay?", "how amazing", "Overall, how would you rate your stay?")]
    public void An_evaluative_how_question_is_leading_and_gets_a_rating_question(string language, string text, string span, string suggestion)
    {
        var warning = Single(text, language, LintCodes.Leading);

        Assert.Equal(span, Span(text, warning));
        Assert.Equal(suggestion, warning.Suggestion);
        Assert.Equal(LintSeverity.Warning, warning.Severity);
        Assert.DoesNotContain(QuestionLinter.Lint(new QuestionToLint(text, language, QuestionType.OpenText)), w => w.Code == LintCodes.Loaded);
    }

    [Theory]
    [InlineData("en", "Don't you agree that the checkout is faster?", "Don't you agree", "To what extent do you agree or disagree that the checkout is faster?")]
    [InlineData("en", "Wouldn't you say our prices are fair?", "Wouldn't you say", "To what extent do you agree or disagree that our prices are fair?")]
    [InlineData("sv", "Håller du inte med om att kassan är snabbare?", "Håller du inte", "I vilken grad håller du med om att kassan är snabbare?")]
    [InlineData("sv", "Tycker du inte att priserna är rimliga?", "Tycker du inte", "I vilken grad tycker du att priserna är rimliga?")]
    [InlineData("nb", "Er du ikke enig i at kassen er raskere?", "Er du ikke", "I hvilken grad er du enig i at kassen er raskere?")]
    [InlineData("nb", "Synes du ikke at prisene er rimelige?", "Synes du ikke", "I hvilken grad synes du at prisene er rimelige?")]
    [InlineData("da", "Er du ikke enig i, at kassen er hurtigere?", "Er du ikke", "I hvilken grad er du enig i, at kassen er hurtigere?")]
    [InlineData("da", "Synes du ikke, at priserne er rimelige?", "Synes du ikke", "I hvilken grad synes du, at priserne er rimelige?")]
    public void A_negative_question_is_leading_and_becomes_a_degree_question(string language, string text, string span, string suggestion)
    {
        var warning = Single(text, language, LintCodes.Leading);

        Assert.Equal(span, Span(text, warning));
        Assert.Equal(suggestion, warning.Suggestion);
    }

    [Theory]
    [InlineData("en", "Didn't you find the staff helpful?", "Did you find the staff helpful?")]
    [InlineData("sv", "Var inte personalen hjälpsam?", "Var personalen hjälpsam?")]
    [InlineData("nb", "Var ikke personalet hjelpsomt?", "Var personalet hjelpsomt?")]
    [InlineData("da", "Var personalet ikke hjælpsomt?", "Var personalet hjælpsomt?")]
    public void Any_other_negative_question_loses_its_negation(string language, string text, string suggestion)
    {
        Assert.Equal(suggestion, Single(text, language, LintCodes.Leading).Suggestion);
    }

    [Theory]
    [InlineData("en", "Our delivery was quick, wasn't it?", "wasn't it")]
    [InlineData("sv", "Leveransen var snabb, eller hur?", "eller hur")]
    [InlineData("nb", "Leveringen var rask, ikke sant?", "ikke sant")]
    [InlineData("da", "Leveringen var hurtig, ikke sandt?", "ikke sandt")]
    [InlineData("en", "Most customers love our app. What do you think of it?", "Most customers")]
    [InlineData("sv", "Visst var det enkelt att handla hos oss?", "Visst")]
    [InlineData("nb", "Det var vel enkelt å handle hos oss?", "vel")]
    public void Tags_presumptions_and_bandwagons_are_leading(string language, string text, string span)
    {
        var warning = Single(text, language, LintCodes.Leading);

        Assert.Equal(span, Span(text, warning));
        Assert.False(string.IsNullOrWhiteSpace(warning.Suggestion));
    }

    [Theory]
    [InlineData("en", "How satisfied were you with our award-winning support?", "award-winning", "How satisfied were you with our support?")]
    [InlineData("sv", "Hur nöjd var du med vår fantastiska kundtjänst?", "fantastiska", "Hur nöjd var du med vår kundtjänst?")]
    [InlineData("nb", "Hvor fornøyd var du med vår fantastiske kundeservice?", "fantastiske", "Hvor fornøyd var du med vår kundeservice?")]
    [InlineData("da", "Hvor tilfreds var du med vores prisbelønnede kundeservice?", "prisbelønnede", "Hvor tilfreds var du med vores kundeservice?")]
    public void A_loaded_word_is_flagged_and_dropped_from_the_suggestion(string language, string text, string span, string suggestion)
    {
        var warning = Single(text, language, LintCodes.Loaded);

        Assert.Equal(span, Span(text, warning));
        Assert.Equal(suggestion, warning.Suggestion);
    }

    [Theory]
    [InlineData("en", "How much did you enjoy the workshop?", "How would you rate the workshop?")]
    [InlineData("sv", "Hur mycket uppskattade du utbildningen?", "Hur skulle du bedöma utbildningen?")]
    [InlineData("nb", "Hvor mye likte du kurset?", "Hvordan vil du vurdere kurset?")]
    [InlineData("da", "Hvor meget nød du kurset?", "Hvordan vil du vurdere kurset?")]
    [InlineData("en", "How has our app improved your shopping?", "What effect, if any, has our app had on your shopping?")]
    [InlineData("sv", "Hur har vår app förbättrat din vardag?", "Vilken effekt, om någon, har vår app haft på din vardag?")]
    public void A_presupposed_positive_experience_is_an_assumption(string language, string text, string suggestion)
    {
        Assert.Equal(suggestion, Single(text, language, LintCodes.Assumption).Suggestion);
    }

    [Theory]
    [InlineData("en", "Was our driver fast and friendly?", "fast and friendly", "Was our driver fast? Was our driver friendly?")]
    [InlineData("sv", "Var budet snabb och trevlig?", "snabb och trevlig", "Var budet snabb? Var budet trevlig?")]
    [InlineData("nb", "Var sjåføren rask og vennlig?", "rask og vennlig", "Var sjåføren rask? Var sjåføren vennlig?")]
    [InlineData("da", "Var buddet hurtig og venlig?", "hurtig og venlig", "Var buddet hurtig? Var buddet venlig?")]
    [InlineData("en", "How would you rate the price and quality of our products?", "price and quality",
        "How would you rate the price of our products? How would you rate the quality of our products?")]
    [InlineData("sv", "Hur nöjd är du med vår leverans och våra returer?", "leverans och våra returer",
        "Hur nöjd är du med vår leverans? Hur nöjd är du med våra returer?")]
    [InlineData("en", "Did you find what you needed and was it in stock?", "and was it", "Did you find what you needed? Was it in stock?")]
    public void Two_things_in_one_question_are_double_barrelled_and_split(string language, string text, string span, string suggestion)
    {
        var warning = Single(text, language, LintCodes.DoubleBarrelled);

        Assert.Equal(span, Span(text, warning));
        Assert.Equal(suggestion, warning.Suggestion);
    }

    [Theory]
    [InlineData("en", "How satisfied were you with the terms and conditions?")]
    [InlineData("en", "How satisfied were you with our products and services?")]
    [InlineData("en", "How easy or difficult was it to find the fitting rooms?")]
    [InlineData("sv", "Hur nöjd var du med villkoren för ditt abonnemang?")]
    [InlineData("sv", "Hur nöjd var du med tjänsten Klicka och hämta?")]
    [InlineData("nb", "Hvor fornøyd var du med vilkår og betingelser?")]
    [InlineData("da", "Hvor tilfreds var du med Klik og hent-servicen?")]
    public void Set_phrases_and_alternatives_are_not_double_barrelled(string language, string text)
    {
        Assert.Empty(QuestionLinter.Lint(new QuestionToLint(text, language, QuestionType.Csat)));
    }

    [Theory]
    [InlineData("en", "Do you always find what you need?", "always", "How often do you find what you need?")]
    [InlineData("sv", "Hittar du alltid det du söker?", "alltid", "Hur ofta hittar du det du söker?")]
    [InlineData("nb", "Har du aldri hatt problemer med en levering?", "aldri", "Hvor ofte har du hatt problemer med en levering?")]
    [InlineData("da", "Finder du altid det, du leder efter?", "altid", "Hvor ofte finder du det, du leder efter?")]
    public void Always_and_never_become_how_often(string language, string text, string span, string suggestion)
    {
        var warning = Single(text, language, LintCodes.Absolute);

        Assert.Equal(span, Span(text, warning));
        Assert.Equal(suggestion, warning.Suggestion);
    }

    [Theory]
    [InlineData("en", "Was every item undamaged?", "every")]
    [InlineData("sv", "Hälsar alla i personalen på dig?", "alla")]
    [InlineData("da", "Hilser alle medarbejdere på dig?", "alle")]
    public void Other_absolutes_are_flagged_with_advice(string language, string text, string span)
    {
        var warning = Single(text, language, LintCodes.Absolute);

        Assert.Equal(span, Span(text, warning));
        Assert.NotEqual(text, warning.Suggestion);
    }

    [Theory]
    [InlineData("en", "All in all, how satisfied are you with your visit?")]
    [InlineData("en", "What, if anything, did not work at all?")]
    [InlineData("nb", "Alt i alt, hvor fornøyd er du med besøket?")]
    public void Set_phrases_with_all_are_not_absolutes(string language, string text)
    {
        Assert.DoesNotContain(QuestionLinter.Lint(new QuestionToLint(text, language, QuestionType.OpenText)), w => w.Code == LintCodes.Absolute);
    }

    [Theory]
    [InlineData("en", "I was not dissatisfied with the course.", "not dissatisfied", "I was satisfied with the course.")]
    [InlineData("sv", "Jag var inte missnöjd med kursen.", "inte missnöjd", "Jag var nöjd med kursen.")]
    [InlineData("nb", "Jeg var ikke misfornøyd med kurset.", "ikke misfornøyd", "Jeg var fornøyd med kurset.")]
    [InlineData("da", "Jeg var ikke utilfreds med kurset.", "ikke utilfreds", "Jeg var tilfreds med kurset.")]
    [InlineData("en", "The instructions were not clear.", "not", "The instructions were clear.")]
    [InlineData("sv", "Instruktionerna var inte tydliga.", "inte", "Instruktionerna var tydliga.")]
    public void Double_negations_and_negated_statements_are_said_positively(string language, string text, string span, string suggestion)
    {
        var warning = Single(text, language, LintCodes.NegativeWording);

        Assert.Equal(span, Span(text, warning));
        Assert.Equal(suggestion, warning.Suggestion);
    }

    [Theory]
    [InlineData("en", "Did we meet our SLA for your case?", "SLA", "Did we meet our promised response time for your case?")]
    [InlineData("en", "How was your onboarding?", "onboarding", "How was your setup?")]
    [InlineData("sv", "Hur nöjd är du med vår omnikanalupplevelse?", "omnikanal", "Hur nöjd är du med vår helhetsupplevelse?")]
    [InlineData("nb", "Overholdt vi SLA-en for saken din?", "SLA", "Overholdt vi den lovede svartiden for saken din?")]
    [InlineData("da", "Hvor tilfreds var du med fulfilment-processen?", "fulfilment", "Hvor tilfreds var du med ordrebehandlingen?")]
    public void Jargon_is_flagged_and_replaced_with_plain_words(string language, string text, string span, string suggestion)
    {
        var warning = Single(text, language, LintCodes.Jargon);

        Assert.Equal(span, Span(text, warning));
        Assert.Equal(suggestion, warning.Suggestion);
    }

    [Fact]
    public void An_unknown_capitalised_abbreviation_is_information_and_a_known_brand_is_nothing()
    {
        var unknown = Single("How satisfied are you with the QBR process?", "en", LintCodes.Jargon);
        Assert.Equal(LintSeverity.Info, unknown.Severity);
        Assert.Equal("QBR", Span("How satisfied are you with the QBR process?", unknown));

        Assert.Empty(QuestionLinter.Lint(new QuestionToLint("How satisfied were you with your visit to IKEA?", "en", QuestionType.Csat)));
    }

    [Fact]
    public void A_question_longer_than_a_phone_screen_is_too_long()
    {
        var text = string.Join(' ', Enumerable.Repeat("word", LengthCheck.MaxWords)) + " today?";

        var warning = Single(text, "sv", LintCodes.TooLong);

        Assert.Equal((0, text.Length), (warning.Start, warning.Length));
        Assert.Contains("Hur skulle du bedöma", warning.Suggestion, StringComparison.Ordinal);
        Assert.Empty(QuestionLinter.Lint(new QuestionToLint("How would you rate the service?", "en", QuestionType.OpenText)));
    }

    [Fact]
    public void A_rating_without_end_labels_is_unlabeled()
    {
        Assert.Single(Lint("How would you rate the packaging?", "en", QuestionType.Rating), w => w.Code == LintCodes.UnlabeledScale);
        Assert.Single(Lint("Hur skulle du bedöma förpackningen?", "sv", QuestionType.Rating, labels: ["Mycket dåligt"]), w => w.Code == LintCodes.UnlabeledScale);
        Assert.Empty(Lint("How would you rate the packaging?", "en", QuestionType.Rating, labels: ["Very poor", "Very good"]));
    }

    [Theory]
    [InlineData("en", new[] { "Poor", "Fair", "Good", "Very good", "Excellent" })]
    [InlineData("en", new[] { "Good", "Excellent" })]
    [InlineData("sv", new[] { "Dåligt", "Okej", "Bra", "Mycket bra", "Utmärkt" })]
    [InlineData("nb", new[] { "Dårlig", "Ok", "Bra", "Veldig bra", "Utmerket" })]
    [InlineData("da", new[] { "Dårlig", "Ok", "God", "Meget god", "Fremragende" })]
    public void A_scale_with_more_positive_than_negative_points_is_unbalanced(string language, string[] labels)
    {
        var warning = Assert.Single(Lint("How would you rate it?", language, QuestionType.Csat, labels: labels));

        Assert.Equal(LintCodes.UnbalancedScale, warning.Code);
        Assert.Equal((0, 0), (warning.Start, warning.Length));
    }

    [Theory]
    [InlineData("en", new[] { "Very dissatisfied", "Dissatisfied", "Neither satisfied nor dissatisfied", "Satisfied", "Very satisfied" })]
    [InlineData("en", new[] { "Not at all likely", "Extremely likely" })]
    [InlineData("sv", new[] { "Instämmer inte alls", "Instämmer helt" })]
    [InlineData("nb", new[] { "Svært vanskelig", "Svært enkelt" })]
    [InlineData("da", new[] { "Meget svært", "Meget nemt" })]
    public void A_balanced_scale_passes(string language, string[] labels)
    {
        Assert.Empty(Lint("How would you rate it?", language, QuestionType.Rating, labels: labels));
    }

    [Theory]
    [InlineData("en", new[] { "Very satisfied", "Satisfied", "Dissatisfied", "Very dissatisfied" })]
    [InlineData("sv", new[] { "Mycket nöjd", "Nöjd", "Missnöjd", "Mycket missnöjd" })]
    [InlineData("nb", new[] { "Enig", "Uenig" })]
    [InlineData("da", new[] { "Meget tilfreds", "Tilfreds", "Utilfreds", "Meget utilfreds" })]
    public void Opinion_options_without_a_middle_miss_a_neutral_option(string language, string[] options)
    {
        Assert.Single(Lint("How satisfied were you?", language, QuestionType.SingleChoice, options: options), w => w.Code == LintCodes.MissingNeutralOption);
    }

    [Fact]
    public void Options_that_are_not_a_scale_need_no_middle()
    {
        Assert.Empty(Lint("How did you place your order?", "en", QuestionType.SingleChoice, options: ["Online", "In store", "By phone", "Other"]));
        Assert.Empty(Lint("Hur ofta handlar du hos oss?", "sv", QuestionType.SingleChoice, options: ["Varje vecka", "Varje månad", "Mer sällan"]));
    }

    [Theory]
    [InlineData("en", "Do you think our prices are fair?", "Yes", "No")]
    [InlineData("sv", "Tror du att våra priser är rimliga?", "Ja", "Nej")]
    [InlineData("nb", "Kommer du til å handle hos oss igjen?", "Ja", "Nei")]
    [InlineData("da", "Vil du anbefale kurset til en kollega?", "Ja", "Nej")]
    public void A_yes_no_opinion_without_a_way_out_misses_dont_know(string language, string text, string yes, string no)
    {
        Assert.Single(Lint(text, language, QuestionType.SingleChoice, options: [yes, no]), w => w.Code == LintCodes.MissingDontKnow);
    }

    [Theory]
    [InlineData("en", "Do you think our prices are fair?", new[] { "Yes", "No", "Don't know" })]
    [InlineData("sv", "Tror du att våra priser är rimliga?", new[] { "Ja", "Nej", "Vet inte" })]
    [InlineData("en", "Did your order arrive on time?", new[] { "Yes", "No" })]
    public void A_dont_know_option_or_a_factual_question_needs_no_way_out(string language, string text, string[] options)
    {
        Assert.Empty(Lint(text, language, QuestionType.SingleChoice, options: options));
    }

    [Theory]
    [InlineData("de")]
    [InlineData("")]
    [InlineData("en-GB")]
    public void Unknown_or_regional_languages_get_the_English_rules(string language)
    {
        Assert.Equal("How would you rate our delivery?", Single("How great was our delivery?", language, LintCodes.Leading).Suggestion);
    }

    [Fact]
    public void Regional_tags_of_the_nordic_languages_get_their_own_rules()
    {
        Assert.Equal("Hur skulle du bedöma vår leverans?", Single("Hur bra var vår leverans?", "sv-SE", LintCodes.Leading).Suggestion);
        Assert.Equal("Hvordan vil du vurdere leveringen?", Single("Hvor bra var leveringen?", "no", LintCodes.Leading).Suggestion);
    }

    [Fact]
    public void Every_warning_explains_itself_and_suggests_something()
    {
        var warnings = Lint("Don't you agree that our amazing staff are always fast and friendly?", "en", QuestionType.SingleChoice, options: ["Yes", "No"]);

        Assert.Equal([LintCodes.Leading, LintCodes.Loaded, LintCodes.Absolute, LintCodes.DoubleBarrelled], warnings.Select(w => w.Code));
        Assert.All(warnings, w =>
        {
            Assert.False(string.IsNullOrWhiteSpace(w.Message));
            Assert.False(string.IsNullOrWhiteSpace(w.Suggestion));
        });
    }

    private static IReadOnlyList<LintWarning> Lint(
        string text, string language, QuestionType format, string[]? labels = null, string[]? options = null) =>
        QuestionLinter.Lint(new QuestionToLint(text, language, format, labels ?? [], options ?? []));

    private static LintWarning Single(string text, string language, string code) =>
        Assert.Single(QuestionLinter.Lint(new QuestionToLint(text, language, QuestionType.OpenText)), w => w.Code == code);

    private static string Span(string text, LintWarning warning) => text.Substring(warning.Start, warning.Length);
}
