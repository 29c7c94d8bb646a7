namespace Ekko.Core.Formats;

/// <summary>Either a valid record or the list of everything wrong with it (never both).</summary>
public sealed record ParseResult<T>(T? Value, IReadOnlyList<FieldError> Errors)
    where T : class
{
    public bool IsValid => Errors.Count == 0;
}
