namespace Ekko.Text.Themes;

/// <summary>A parsed theme rule: terms and phrases combined with AND, OR and NOT.</summary>
public abstract record RuleNode;

public sealed record TermNode(TermPattern Term) : RuleNode;

/// <summary>Consecutive words, each matching its pattern ("\"lång kö\"").</summary>
public sealed record PhraseNode(IReadOnlyList<TermPattern> Terms) : RuleNode;

public sealed record AndNode(RuleNode Left, RuleNode Right) : RuleNode;

public sealed record OrNode(RuleNode Left, RuleNode Right) : RuleNode;

public sealed record NotNode(RuleNode Operand) : RuleNode;
