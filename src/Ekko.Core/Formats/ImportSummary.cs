namespace Ekko.Core.Formats;

/// <summary>A rejected input line: where it is, and everything wrong with it.</summary>
public sealed record RejectedLine(int Line, string? Id, IReadOnlyList<FieldError> Errors);

public sealed record ImportSummary(int Lines, int Accepted, int Created, int Duplicates, IReadOnlyList<RejectedLine> Rejected);
