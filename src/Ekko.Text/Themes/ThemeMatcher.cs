using System.Collections.Frozen;
using Ekko.Text.Languages;
using Ekko.Text.Tokens;

namespace Ekko.Text.Themes;

/// <summary>
/// A taxonomy compiled for fast matching: every distinct word pattern of a language gets an id and an index entry
/// (by word and stem, prefix, suffix or infix), so a comment costs a few dictionary probes per word however many
/// themes there are; rules are evaluated only for themes with at least one word found. Immutable and thread-safe.
/// </summary>
public sealed class ThemeMatcher
{
    private readonly Dictionary<string, CompiledLanguage> languages = new(StringComparer.Ordinal);

    public ThemeMatcher(ThemeTaxonomy taxonomy)
    {
        ArgumentNullException.ThrowIfNull(taxonomy);
        Taxonomy = taxonomy;
        foreach (var code in LanguageCodes.Supported)
        {
            languages[code] = new CompiledLanguage(taxonomy, code);
        }
    }

    public ThemeTaxonomy Taxonomy { get; }

    /// <summary>The themes of a comment, each with the token positions of its words.</summary>
    public List<(string ThemeId, int[] Positions)> Match(TokenizedText text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return languages[text.Language].Match(text);
    }

    private sealed class CompiledLanguage
    {
        private readonly List<TermPattern> terms = [];
        private readonly Dictionary<TermPattern, int> termIds = [];
        private readonly FrozenDictionary<string, int[]>.AlternateLookup<ReadOnlySpan<char>> exact;
        private readonly FrozenDictionary<string, int[]>.AlternateLookup<ReadOnlySpan<char>> prefixes;
        private readonly FrozenDictionary<string, int[]>.AlternateLookup<ReadOnlySpan<char>> suffixes;
        private readonly FrozenDictionary<string, int[]>.AlternateLookup<ReadOnlySpan<char>> infixes;
        private readonly int[] prefixLengths;
        private readonly int[] suffixLengths;
        private readonly int[] infixLengths;
        private readonly (string ThemeId, RuleNode[] Rules, int[] TermIds)[] themes;

        public CompiledLanguage(ThemeTaxonomy taxonomy, string language)
        {
            var compiled = new List<(string, RuleNode[], int[])>();
            foreach (var theme in taxonomy.Themes)
            {
                var rules = theme.Rules.Where(r => LanguageCodes.Normalize(r.Key) == language).SelectMany(r => r.Value)
                    .Select(r => ThemeRuleParser.Parse(r, language)).ToArray();
                if (rules.Length == 0)
                {
                    continue;
                }

                var ids = new HashSet<int>();
                foreach (var rule in rules)
                {
                    Collect(rule, ids);
                }

                compiled.Add((theme.Id, rules, [.. ids]));
            }

            themes = [.. compiled];
            exact = Index(t => t.Kind == TermKind.Exact ? [t.Text, t.Stem] : t.Kind == TermKind.Literal ? [t.Text] : []).GetAlternateLookup<ReadOnlySpan<char>>();
            prefixes = Index(t => t.Kind == TermKind.Prefix ? [t.Text] : []).GetAlternateLookup<ReadOnlySpan<char>>();
            suffixes = Index(t => t.Kind == TermKind.Suffix ? [t.Text] : []).GetAlternateLookup<ReadOnlySpan<char>>();
            infixes = Index(t => t.Kind == TermKind.Infix ? [t.Text] : []).GetAlternateLookup<ReadOnlySpan<char>>();
            prefixLengths = Lengths(TermKind.Prefix);
            suffixLengths = Lengths(TermKind.Suffix);
            infixLengths = Lengths(TermKind.Infix);
        }

        private void Collect(RuleNode node, HashSet<int> ids)
        {
            switch (node)
            {
                case TermNode t:
                    ids.Add(Id(t.Term));
                    break;
                case PhraseNode p:
                    foreach (var term in p.Terms)
                    {
                        ids.Add(Id(term));
                    }

                    break;
                case AndNode a:
                    Collect(a.Left, ids);
                    Collect(a.Right, ids);
                    break;
                case OrNode o:
                    Collect(o.Left, ids);
                    Collect(o.Right, ids);
                    break;
                case NotNode n:
                    Collect(n.Operand, ids);
                    break;
            }
        }

        private int Id(TermPattern term)
        {
            if (!termIds.TryGetValue(term, out var id))
            {
                id = terms.Count;
                terms.Add(term);
                termIds[term] = id;
            }

            return id;
        }

        private FrozenDictionary<string, int[]> Index(Func<TermPattern, string[]> keys) =>
            terms.Select((t, id) => (t, id))
                .SelectMany(x => keys(x.t).Distinct().Select(k => (k, x.id)))
                .GroupBy(x => x.k, StringComparer.Ordinal)
                .ToFrozenDictionary(g => g.Key, g => g.Select(x => x.id).Distinct().ToArray(), StringComparer.Ordinal);

        private int[] Lengths(TermKind kind) => [.. terms.Where(t => t.Kind == kind).Select(t => t.Text.Length).Distinct().Order()];

        public List<(string, int[])> Match(TokenizedText text)
        {
            var result = new List<(string, int[])>();
            if (themes.Length == 0)
            {
                return result;
            }

            // Term id -> token positions where it matched; comments are short, so a small list of pairs is enough.
            var hits = new List<(int Term, int Position)>();
            var tokens = text.Tokens;
            for (var i = 0; i < tokens.Count; i++)
            {
                if (!tokens[i].IsWord)
                {
                    continue;
                }

                var word = tokens[i].Text.AsSpan();
                AddHits(hits, exact, word, i);
                if (!text.Stems[i].AsSpan().SequenceEqual(word))
                {
                    AddHits(hits, exact, text.Stems[i], i, terms, skipLiterals: true);
                }

                foreach (var length in prefixLengths)
                {
                    if (length > word.Length)
                    {
                        break;
                    }

                    AddHits(hits, prefixes, word[..length], i);
                }

                foreach (var length in suffixLengths)
                {
                    if (length > word.Length)
                    {
                        break;
                    }

                    AddHits(hits, suffixes, word[^length..], i);
                }

                foreach (var length in infixLengths)
                {
                    for (var start = 0; start + length <= word.Length; start++)
                    {
                        AddHits(hits, infixes, word.Slice(start, length), i);
                    }
                }
            }

            if (hits.Count == 0)
            {
                return result;
            }

            foreach (var (themeId, rules, termIds) in themes)
            {
                if (!hits.Exists(h => Array.IndexOf(termIds, h.Term) >= 0))
                {
                    continue;
                }

                var positions = new List<int>();
                foreach (var rule in rules)
                {
                    if (Evaluate(rule, hits, tokens, positions))
                    {
                        result.Add((themeId, [.. positions.Distinct().Order()]));
                        break;
                    }

                    positions.Clear();
                }
            }

            return result;
        }

        private static void AddHits(List<(int, int)> hits, FrozenDictionary<string, int[]>.AlternateLookup<ReadOnlySpan<char>> index, ReadOnlySpan<char> key, int position,
            List<TermPattern>? terms = null, bool skipLiterals = false)
        {
            if (index.TryGetValue(key, out var ids))
            {
                foreach (var id in ids)
                {
                    if (skipLiterals && terms![id].Kind == TermKind.Literal)
                    {
                        continue;
                    }

                    if (!hits.Contains((id, position)))
                    {
                        hits.Add((id, position));
                    }
                }
            }
        }

        /// <summary>Evaluates a rule; positions of the words that made it true (outside NOT) are added to <paramref name="positions"/>.</summary>
        private bool Evaluate(RuleNode node, List<(int Term, int Position)> hits, IReadOnlyList<Token> tokens, List<int> positions)
        {
            switch (node)
            {
                case TermNode t:
                {
                    var id = termIds[t.Term];
                    var found = false;
                    foreach (var hit in hits)
                    {
                        if (hit.Term == id)
                        {
                            positions.Add(hit.Position);
                            found = true;
                        }
                    }

                    return found;
                }

                case PhraseNode p:
                {
                    var ids = p.Terms.Select(term => termIds[term]).ToArray();
                    var found = false;
                    foreach (var hit in hits)
                    {
                        if (hit.Term != ids[0])
                        {
                            continue;
                        }

                        var position = hit.Position;
                        var matched = true;
                        for (var w = 1; w < ids.Length && matched; w++)
                        {
                            position++;
                            matched = position < tokens.Count && tokens[position].IsWord && hits.Contains((ids[w], position));
                        }

                        if (matched)
                        {
                            for (var k = hit.Position; k <= position; k++)
                            {
                                positions.Add(k);
                            }

                            found = true;
                        }
                    }

                    return found;
                }

                case AndNode a:
                    return Evaluate(a.Left, hits, tokens, positions) && Evaluate(a.Right, hits, tokens, positions);
                case OrNode o:
                {
                    var left = Evaluate(o.Left, hits, tokens, positions);
                    var right = Evaluate(o.Right, hits, tokens, positions);
                    return left || right;
                }

                case NotNode n:
                    return !Evaluate(n.Operand, hits, tokens, []);
                default:
                    return false;
            }
        }
    }
}
