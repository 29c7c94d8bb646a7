namespace Ekko.Text.Tokens;

/// <summary>
/// One token of a comment. <see cref="Start"/> and <see cref="Length"/> are UTF-16 offsets into the original text,
/// so a UI can highlight the token; <see cref="Text"/> is its lower-cased form (an emoji's key for emoji).
/// </summary>
public readonly record struct Token(int Start, int Length, TokenKind Kind, string Text, bool AllCaps)
{
    public int End => Start + Length;

    public bool IsWord => Kind == TokenKind.Word;

    public bool IsBreak => Kind is TokenKind.ClauseBreak or TokenKind.SentenceBreak or TokenKind.Exclamation or TokenKind.Question;
}
