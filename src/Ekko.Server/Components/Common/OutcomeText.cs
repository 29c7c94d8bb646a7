using Ekko.Core.Formats;

namespace Ekko.Server.Components.Common;

/// <summary>What a form's action did, in words: done, or the use case's errors with the fields they name.</summary>
public sealed record OutcomeText(bool Ok, IReadOnlyList<string> Lines)
{
    public static OutcomeText Done(string text) => new(true, [text]);

    public static OutcomeText Failed(string text) => new(false, [text]);

    public static OutcomeText From(IReadOnlyList<FieldError> errors) =>
        new(false, errors.Count == 0 ? ["?"] : [.. errors.Select(e => e.Field.Length > 0 ? $"{e.Field}: {e.Message}" : e.Message)]);
}
