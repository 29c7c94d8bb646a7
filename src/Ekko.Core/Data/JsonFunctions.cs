namespace Ekko.Core.Data;

/// <summary>
/// Functions on JSON columns that each provider translates to its own SQL
/// (<c>json_extract</c> on SQLite, <c>jsonb_extract_path_text</c> on PostgreSQL).
/// </summary>
public static class JsonFunctions
{
    /// <summary>The top-level value under <paramref name="key"/> of a JSON object column, as text.</summary>
    public static string? Text(string json, string key) =>
        throw new InvalidOperationException($"{nameof(JsonFunctions)}.{nameof(Text)} runs only inside a database query.");
}
