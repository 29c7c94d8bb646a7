using Ekko.Text.Languages;
using Ekko.Text.Tokens;

namespace Ekko.Text.Sentiment;

/// <summary>
/// Rule-based sentiment in the manner of VADER (Hutto and Gilbert, 2014), extended for the Nordic languages:
/// lexicon valences, phrases before words, intensifiers and downtoners up to three words back, negation before the
/// word and, in Swedish, Norwegian and Danish, after it ("jag gillar det inte"), compound intensifiers, contrast
/// ("... men ..." weighs the part after it more), caps, exclamation marks and emoji. Stateless and thread-safe.
/// </summary>
public static class SentimentAnalyzer
{
    private const double NegationScalar = -0.74;
    private const double CapsIncrement = 0.733;
    private const double BeforeContrast = 0.5;
    private const double AfterContrast = 1.5;
    private const double Alpha = 15;
    private static readonly double[] BoosterDecay = [1.0, 0.95, 0.9];

    /// <summary>Scores below this (absolute) are neutral.</summary>
    public const double NeutralThreshold = 0.05;

    /// <summary>Both sides must carry at least this much valence, and the weaker at least <see cref="MixedRatio"/> of the stronger.</summary>
    private const double MixedMinimum = 1.0;
    private const double MixedRatio = 0.3;

    public static SentimentResult Analyze(TokenizedText text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var spans = Score(text);
        return Summarize(text, spans, includeEmphasis: true);
    }

    /// <summary>The sentiment of a subset of a comment's scored spans (a theme's share of it).</summary>
    public static SentimentResult Summarize(TokenizedText text, IReadOnlyList<ScoredSpan> spans, bool includeEmphasis)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(spans);
        if (spans.Count == 0)
        {
            return SentimentResult.Neutral;
        }

        double sum = 0, positive = 0, negative = 0;
        foreach (var span in spans)
        {
            sum += span.Weighted;

            // Mixed is about what the comment says on each side, before "men" decides which side wins.
            if (span.Valence > 0)
            {
                positive += span.Valence;
            }
            else
            {
                negative -= span.Valence;
            }
        }

        if (includeEmphasis && sum != 0)
        {
            sum += Math.Sign(sum) * PunctuationEmphasis(text.Tokens);
        }

        var score = Math.Round(sum / Math.Sqrt((sum * sum) + Alpha), 4);
        var label = positive >= MixedMinimum && negative >= MixedMinimum && Math.Min(positive, negative) / Math.Max(positive, negative) >= MixedRatio
            ? SentimentLabel.Mixed
            : score >= NeutralThreshold ? SentimentLabel.Positive
            : score <= -NeutralThreshold ? SentimentLabel.Negative
            : SentimentLabel.Neutral;
        var phrases = spans.Select(s => Phrase(text, s)).ToArray();
        return new SentimentResult(label, score, phrases);
    }

    private static SentimentPhrase Phrase(TokenizedText text, ScoredSpan span)
    {
        var start = text.Tokens[span.FirstToken].Start;
        var end = text.Tokens[span.LastToken].End;
        return new SentimentPhrase(start, end - start, text.Text[start..end], Math.Round(span.Weighted, 3));
    }

    /// <summary>Every sentiment-bearing span of the comment, with its modifiers applied.</summary>
    public static List<ScoredSpan> Score(TokenizedText text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var tokens = text.Tokens;
        var stems = text.Stems;
        var profile = LanguageProfiles.For(text.Language);
        var lexicon = SentimentLexicon.For(text.Language);
        var spans = new List<ScoredSpan>();
        if (tokens.Count == 0)
        {
            return spans;
        }

        // Pass 1: base valences, phrases first (they may contain negators: "kom aldrig", "inte fått").
        var baseValence = new double[tokens.Count];
        var phraseEnd = new int[tokens.Count];
        var consumed = new bool[tokens.Count];
        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            phraseEnd[i] = -1;
            if (consumed[i])
            {
                continue;
            }

            if (token.Kind is TokenKind.Emoji or TokenKind.Emoticon)
            {
                if (SentimentLexicon.EmojiValence(token.Text) is { } ev)
                {
                    baseValence[i] = ev;
                    phraseEnd[i] = i;
                }

                continue;
            }

            if (!token.IsWord)
            {
                continue;
            }

            if (MatchPhrase(lexicon, tokens, stems, i) is { } phrase)
            {
                baseValence[i] = phrase.Valence;
                phraseEnd[i] = phrase.End;
                for (var k = i; k <= phrase.End; k++)
                {
                    consumed[k] = true;
                }

                continue;
            }

            if (profile.Negators.Contains(token.Text) || profile.Boosters.ContainsKey(token.Text))
            {
                continue;
            }

            var valence = lexicon.WordValence(token.Text, stems[i]);
            if (valence is { } v && v != 0)
            {
                baseValence[i] = v;
                phraseEnd[i] = i;
            }
        }

        var allCaps = tokens.Where(t => t.IsWord).All(t => t.AllCaps);

        // Pass 2: modifiers around each span.
        for (var i = 0; i < tokens.Count; i++)
        {
            if (phraseEnd[i] < 0)
            {
                continue;
            }

            var end = phraseEnd[i];
            var v = baseValence[i];
            var first = i;
            var last = end;
            var negated = false;

            if (tokens[i].AllCaps && !allCaps)
            {
                v += Math.Sign(v) * CapsIncrement;
            }

            // Look back up to three words within the clause.
            var distance = 0;
            for (var j = i - 1; j >= 0 && distance < 3; j--)
            {
                var t = tokens[j];
                if (t.IsBreak)
                {
                    break;
                }

                if (!t.IsWord)
                {
                    continue;
                }

                if (profile.ContrastWords.Contains(t.Text) || phraseEnd[j] >= 0)
                {
                    break;
                }

                if (!consumed[j] && profile.Boosters.TryGetValue(t.Text, out var boost))
                {
                    v += Math.Sign(v) * (boost + (t.AllCaps && !allCaps ? CapsIncrement / 2 : 0)) * BoosterDecay[distance];
                    first = j;
                }
                else if (!consumed[j] && profile.Negators.Contains(t.Text) && !negated)
                {
                    var next = NextWord(tokens, j);
                    if (next >= 0 && profile.NegationCancellers.Contains(tokens[next].Text))
                    {
                        // "inte bara snabb" = not only fast.
                    }
                    else if (next >= 0 && next < i && tokens[next].Text is "så" or "so" or "this")
                    {
                        // "aldrig varit så nöjd" = never this happy: an intensifier, not a negation.
                        v += Math.Sign(v) * LanguageProfile.Increment;
                    }
                    else
                    {
                        v *= NegationScalar;
                        negated = true;
                    }

                    first = j;
                }

                distance++;
            }

            // Nordic word order puts the negator after the verb: "jeg liker det ikke", "appen funkar inte".
            if (!negated && profile.NegationFollowsVerb && tokens[i].IsWord)
            {
                var fillers = 0;
                for (var k = end + 1; k < tokens.Count; k++)
                {
                    var t = tokens[k];
                    if (!t.IsWord || text.Segments[k] != text.Segments[end])
                    {
                        break;
                    }

                    if (profile.Negators.Contains(t.Text) && !consumed[k])
                    {
                        var after = NextWord(tokens, k);
                        var negatesNext = after >= 0 && phraseEnd[after] >= 0 && text.Segments[after] == text.Segments[k];
                        if (!negatesNext)
                        {
                            v *= NegationScalar;
                            last = k;
                        }

                        break;
                    }

                    if (!profile.PostNegationFillers.Contains(t.Text) || ++fillers > 2)
                    {
                        break;
                    }
                }
            }

            spans.Add(new ScoredSpan(first, last, i, v, v));
        }

        AddDanglingNever(text, profile, spans, consumed);
        ApplyContrast(text, profile, spans);
        return spans;
    }

    private const double DanglingNever = -1.2;

    /// <summary>
    /// "Kundtjänsten svarar aldrig", "sporingen ble aldri oppdatert", "it never arrived": "never" that negates no
    /// sentiment word still reports a failure. Only "never": "inte"/"not" alone is too often neutral ("har inte testat").
    /// </summary>
    private static void AddDanglingNever(TokenizedText text, LanguageProfile profile, List<ScoredSpan> spans, bool[] consumed)
    {
        for (var i = 0; i < text.Tokens.Count; i++)
        {
            var token = text.Tokens[i];
            if (!token.IsWord || consumed[i] || token.Text is not ("aldrig" or "aldri" or "never")
                || spans.Exists(s => s.FirstToken <= i && i <= s.LastToken)
                || spans.Exists(s => text.Segments[s.Head] == text.Segments[i]))
            {
                continue;
            }

            spans.Add(new ScoredSpan(i, i, i, DanglingNever, DanglingNever));
        }

        spans.Sort((a, b) => a.Head.CompareTo(b.Head));
    }

    private static (int End, double Valence)? MatchPhrase(SentimentLexicon lexicon, IReadOnlyList<Token> tokens, IReadOnlyList<string> stems, int i)
    {
        if (!lexicon.Phrases.TryGetValue(stems[i], out var candidates))
        {
            return null;
        }

        foreach (var candidate in candidates)
        {
            var k = i;
            var matched = true;
            for (var w = 0; w < candidate.Stems.Length; w++, k++)
            {
                if (k >= tokens.Count || !tokens[k].IsWord || stems[k] != candidate.Stems[w])
                {
                    matched = false;
                    break;
                }
            }

            if (matched)
            {
                return (k - 1, candidate.Valence);
            }
        }

        return null;
    }

    private static int NextWord(IReadOnlyList<Token> tokens, int index)
    {
        for (var k = index + 1; k < tokens.Count; k++)
        {
            if (tokens[k].IsWord)
            {
                return k;
            }

            if (tokens[k].IsBreak)
            {
                return -1;
            }
        }

        return -1;
    }

    /// <summary>
    /// Within a sentence, what comes before a contrast word counts half and what follows one and a half (VADER's
    /// "but" rule). A sentence that opens with the contrast word ("Men leveransen ...") contrasts with the one before.
    /// </summary>
    private static void ApplyContrast(TokenizedText text, LanguageProfile profile, List<ScoredSpan> spans)
    {
        var tokens = text.Tokens;
        for (var c = 0; c < tokens.Count; c++)
        {
            if (!tokens[c].IsWord || !profile.ContrastWords.Contains(tokens[c].Text))
            {
                continue;
            }

            var sentence = text.Sentences[c];
            var opensSentence = c == 0 || text.Sentences[c - 1] != sentence || PreviousWord(tokens, c) < 0;
            for (var s = 0; s < spans.Count; s++)
            {
                var span = spans[s];
                var spanSentence = text.Sentences[span.Head];
                var before = span.Head < c && (spanSentence == sentence || (opensSentence && spanSentence == sentence - 1));
                var after = span.Head > c && spanSentence == sentence;
                if (before)
                {
                    spans[s] = span with { Weighted = span.Weighted * BeforeContrast };
                }
                else if (after)
                {
                    spans[s] = span with { Weighted = span.Weighted * AfterContrast };
                }
            }
        }
    }

    private static int PreviousWord(IReadOnlyList<Token> tokens, int index)
    {
        for (var k = index - 1; k >= 0; k--)
        {
            if (tokens[k].IsWord)
            {
                return k;
            }

            if (tokens[k].Kind is TokenKind.SentenceBreak or TokenKind.Exclamation or TokenKind.Question)
            {
                return -1;
            }
        }

        return -1;
    }

    private static double PunctuationEmphasis(IReadOnlyList<Token> tokens)
    {
        int exclamations = 0, questions = 0;
        foreach (var token in tokens)
        {
            if (token.Kind == TokenKind.Exclamation)
            {
                exclamations++;
            }
            else if (token.Kind == TokenKind.Question)
            {
                questions++;
            }
        }

        var emphasis = Math.Min(exclamations, 4) * 0.292;
        if (questions > 1)
        {
            emphasis += questions <= 3 ? questions * 0.18 : 0.96;
        }

        return emphasis;
    }
}
