using Ekko.Text.Keyphrases;
using Ekko.Text.Languages;
using Ekko.Text.Redaction;
using Ekko.Text.Sentiment;
using Ekko.Text.Themes;
using Ekko.Text.Tokens;

namespace Ekko.Text;

/// <summary>
/// The one entry point: language, sentiment with the phrases behind it, themes with their own sentiment, keyphrases
/// and (optionally) redaction, for one comment at a time. Build one per workspace configuration and share it:
/// it is immutable and thread-safe; lexicons and tables are loaded once per process.
/// </summary>
public sealed class TextAnalyzer
{
    private readonly TextAnalyzerOptions options;
    private readonly LanguageDetector detector;
    private readonly ThemeMatcher themes;

    public TextAnalyzer(TextAnalyzerOptions? options = null)
    {
        this.options = options ?? new TextAnalyzerOptions();
        detector = new LanguageDetector(this.options.Languages);
        themes = new ThemeMatcher(this.options.Taxonomy);
        foreach (var language in detector.Languages)
        {
            _ = SentimentLexicon.For(language); // load now, not on the first comment
        }
    }

    private TextAnalyzer(TextAnalyzerOptions options, LanguageDetector detector)
    {
        this.options = options;
        this.detector = detector;
        themes = new ThemeMatcher(options.Taxonomy);
    }

    public IReadOnlyList<string> Languages => detector.Languages;

    public ThemeTaxonomy Taxonomy => options.Taxonomy;

    /// <summary>
    /// The same analyzer with another taxonomy: only the themes are compiled again (a few milliseconds), the
    /// language tables and lexicons are shared. A workspace that edits its taxonomy gets its analyzer this way.
    /// </summary>
    public TextAnalyzer WithTaxonomy(ThemeTaxonomy taxonomy)
    {
        ArgumentNullException.ThrowIfNull(taxonomy);
        return new TextAnalyzer(options with { Taxonomy = taxonomy }, detector);
    }

    /// <summary>The language of a text among the configured ones (the hint decides texts too short to tell).</summary>
    public string DetectLanguage(string text, string? languageHint = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        return detector.Detect(Tokenizer.Tokenize(InputSanitizer.Sanitize(text)), languageHint);
    }

    /// <summary>
    /// Analyses one comment. <paramref name="languageHint"/> (the customer's language, any tag such as "sv-SE")
    /// decides texts too short to tell. Empty or blank text gives a neutral result; text longer than
    /// <see cref="TextAnalyzerOptions.MaxLength"/> is refused with an <see cref="ArgumentException"/>.
    /// </summary>
    public TextAnalysis Analyze(string text, string? languageHint = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length > options.MaxLength)
        {
            throw new ArgumentException($"text is {text.Length} characters long; at most {options.MaxLength} are analysed", nameof(text));
        }

        var clean = InputSanitizer.Sanitize(text);
        var tokens = Tokenizer.Tokenize(clean);
        var language = detector.Detect(tokens, languageHint);
        var redacted = false;
        if (options.Redact)
        {
            var redactedText = PiiRedactor.Redact(clean, language);
            if (!ReferenceEquals(redactedText, clean) && redactedText != clean)
            {
                clean = redactedText;
                tokens = Tokenizer.Tokenize(clean);
            }

            redacted = true;
        }

        if (tokens.Count == 0)
        {
            return new TextAnalysis(language, SentimentResult.Neutral, [], [], clean, redacted);
        }

        var tokenized = TokenizedText.Create(clean, language, tokens);
        var spans = SentimentAnalyzer.Score(tokenized);
        var sentiment = SentimentAnalyzer.Summarize(tokenized, spans, includeEmphasis: true);
        var found = themes.Match(tokenized);
        var matches = new List<ThemeMatch>(found.Count);
        foreach (var (themeId, positions) in found)
        {
            matches.Add(new ThemeMatch(themeId, ThemeSentiment(tokenized, spans, positions, sentiment), positions));
        }

        var keyphrases = KeyphraseExtractor.Extract(tokenized, spans, found.SelectMany(f => f.Positions));
        return new TextAnalysis(language, sentiment, matches, keyphrases, clean, redacted);
    }

    /// <summary>
    /// A theme's sentiment comes from the sentiment in the clauses that mention it ("bra pris | men långsam
    /// leverans"), else from its sentences, else it is the comment's.
    /// </summary>
    private static SentimentResult ThemeSentiment(TokenizedText text, List<ScoredSpan> spans, int[] positions, SentimentResult overall)
    {
        var segments = positions.Select(p => text.Segments[p]).ToHashSet();
        var own = spans.Where(s => segments.Contains(text.Segments[s.Head]) || segments.Contains(text.Segments[s.LastToken])).ToList();
        if (own.Count == 0)
        {
            var sentences = positions.Select(p => text.Sentences[p]).ToHashSet();
            own = spans.Where(s => sentences.Contains(text.Sentences[s.Head])).ToList();
        }

        return own.Count == 0 ? overall : SentimentAnalyzer.Summarize(text, own, includeEmphasis: false);
    }
}
