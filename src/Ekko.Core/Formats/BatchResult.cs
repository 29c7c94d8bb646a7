namespace Ekko.Core.Formats;

/// <summary>
/// The outcome of an all-or-nothing batch: either every record was accepted (created now or already stored
/// under the same id) or nothing was written and <see cref="Errors"/> says why, per field.
/// </summary>
public sealed record BatchResult(int Received, int Created, IReadOnlyList<string> DuplicateIds, IReadOnlyList<FieldError> Errors)
{
    public bool Accepted => Errors.Count == 0;

    public static BatchResult Rejected(int received, IReadOnlyList<FieldError> errors) => new(received, 0, [], errors);
}
