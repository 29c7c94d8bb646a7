namespace Ekko.Text.Redaction;

/// <summary>Personal data found in a text: where (UTF-16 offsets of the original) and the placeholder that replaces it.</summary>
public sealed record RedactedSpan(int Start, int Length, string Placeholder);
