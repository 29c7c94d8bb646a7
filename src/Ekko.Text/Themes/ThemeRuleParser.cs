using Ekko.Text.Stemming;

namespace Ekko.Text.Themes;

/// <summary>
/// Parses the theme rule syntax (docs/text-analytics.md):
/// <code>
/// rule    := or
/// or      := and ( "OR" and )*
/// and     := unary ( ["AND"] unary )*        two terms side by side mean AND
/// unary   := "NOT" unary | "-" unary | primary
/// primary := "(" or ")" | '"' pattern+ '"' | pattern
/// pattern := word | =word | word* | *word | *word*   stem match, exact form, prefix, suffix, infix
/// </code>
/// Operators are upper case; words are matched case-insensitively. A rule must name at least one word outside a NOT.
/// </summary>
public static class ThemeRuleParser
{
    public static RuleNode Parse(string rule, string language)
    {
        ArgumentNullException.ThrowIfNull(rule);
        var tokens = Lex(rule);
        if (tokens.Count == 0)
        {
            throw new ArgumentException("empty theme rule", nameof(rule));
        }

        var position = 0;
        var node = ParseOr(tokens, ref position, rule, language);
        if (position != tokens.Count)
        {
            throw new ArgumentException($"theme rule '{rule}': unexpected '{tokens[position]}'", nameof(rule));
        }

        if (!HasPositiveTerm(node, negated: false))
        {
            throw new ArgumentException($"theme rule '{rule}' matches nothing by itself: it needs a word outside NOT", nameof(rule));
        }

        return node;
    }

    private static bool HasPositiveTerm(RuleNode node, bool negated) => node switch
    {
        TermNode or PhraseNode => !negated,
        AndNode a => HasPositiveTerm(a.Left, negated) || HasPositiveTerm(a.Right, negated),
        OrNode o => HasPositiveTerm(o.Left, negated) && HasPositiveTerm(o.Right, negated),
        NotNode n => HasPositiveTerm(n.Operand, !negated),
        _ => false,
    };

    private static RuleNode ParseOr(List<string> tokens, ref int position, string rule, string language)
    {
        var left = ParseAnd(tokens, ref position, rule, language);
        while (position < tokens.Count && tokens[position] is "OR" or "|")
        {
            position++;
            left = new OrNode(left, ParseAnd(tokens, ref position, rule, language));
        }

        return left;
    }

    private static RuleNode ParseAnd(List<string> tokens, ref int position, string rule, string language)
    {
        var left = ParseUnary(tokens, ref position, rule, language);
        while (position < tokens.Count && tokens[position] is not ("OR" or "|" or ")"))
        {
            if (tokens[position] is "AND" or "&")
            {
                position++;
            }

            left = new AndNode(left, ParseUnary(tokens, ref position, rule, language));
        }

        return left;
    }

    private static RuleNode ParseUnary(List<string> tokens, ref int position, string rule, string language)
    {
        if (position >= tokens.Count)
        {
            throw new ArgumentException($"theme rule '{rule}' ends too early", nameof(rule));
        }

        var token = tokens[position];
        if (token is "NOT" or "-")
        {
            position++;
            return new NotNode(ParseUnary(tokens, ref position, rule, language));
        }

        if (token == "(")
        {
            position++;
            var inner = ParseOr(tokens, ref position, rule, language);
            if (position >= tokens.Count || tokens[position] != ")")
            {
                throw new ArgumentException($"theme rule '{rule}': missing ')'", nameof(rule));
            }

            position++;
            return inner;
        }

        if (token is ")" or "AND" or "OR" or "&" or "|")
        {
            throw new ArgumentException($"theme rule '{rule}': unexpected '{token}'", nameof(rule));
        }

        position++;
        if (token.StartsWith('"'))
        {
            var words = token.Trim('"').Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (words.Length == 0)
            {
                throw new ArgumentException($"theme rule '{rule}': empty phrase", nameof(rule));
            }

            return words.Length == 1 ? new TermNode(Pattern(words[0], rule, language)) : new PhraseNode([.. words.Select(w => Pattern(w, rule, language))]);
        }

        return new TermNode(Pattern(token, rule, language));
    }

    private static TermPattern Pattern(string word, string rule, string language)
    {
        var lower = word.ToLowerInvariant();
        if (lower.Length > 1 && lower[0] == '=' && !lower.Contains('*', StringComparison.Ordinal))
        {
            return new TermPattern(TermKind.Literal, lower[1..], lower[1..]);
        }

        var leading = lower.StartsWith('*');
        var trailing = lower.EndsWith('*');
        var text = lower.Trim('*');
        if (text.Length == 0 || text.Contains('*', StringComparison.Ordinal))
        {
            throw new ArgumentException($"theme rule '{rule}': '{word}' is not a word pattern (use word, word*, *word or *word*)", nameof(rule));
        }

        var kind = (leading, trailing) switch
        {
            (true, true) => TermKind.Infix,
            (true, false) => TermKind.Suffix,
            (false, true) => TermKind.Prefix,
            _ => TermKind.Exact,
        };
        return new TermPattern(kind, text, kind == TermKind.Exact ? SnowballStemmer.Stem(text, language) : text);
    }

    private static List<string> Lex(string rule)
    {
        var tokens = new List<string>();
        var i = 0;
        while (i < rule.Length)
        {
            var c = rule[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
            }
            else if (c is '(' or ')')
            {
                tokens.Add(c.ToString());
                i++;
            }
            else if (c == '"')
            {
                var close = rule.IndexOf('"', i + 1);
                if (close < 0)
                {
                    throw new ArgumentException($"theme rule '{rule}': missing closing quote", nameof(rule));
                }

                tokens.Add(rule[i..(close + 1)]);
                i = close + 1;
            }
            else
            {
                var start = i;
                while (i < rule.Length && !char.IsWhiteSpace(rule[i]) && rule[i] is not ('(' or ')' or '"'))
                {
                    i++;
                }

                tokens.Add(rule[start..i]);
            }
        }

        return tokens;
    }
}
