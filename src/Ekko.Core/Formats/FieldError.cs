namespace Ekko.Core.Formats;

/// <summary>What is wrong with one field of one input record: <c>items[3].score</c> "must be 0-10 for metric nps".</summary>
public sealed record FieldError(string Field, string Message)
{
    public FieldError Under(string prefix) => this with { Field = Field.Length == 0 ? prefix : $"{prefix}.{Field}" };
}
