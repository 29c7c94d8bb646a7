namespace Ekko.Text.Tokens;

public enum TokenKind
{
    Word,
    Number,
    Emoji,
    Emoticon,
    Exclamation,
    Question,

    /// <summary>A comma, semicolon, colon, dash or bracket: ends a clause, not the sentence.</summary>
    ClauseBreak,

    /// <summary>A full stop or a line break.</summary>
    SentenceBreak,
}
