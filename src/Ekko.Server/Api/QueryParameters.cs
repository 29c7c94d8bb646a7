using System.Globalization;
using Microsoft.Extensions.Primitives;
using Ekko.Core.Formats;

namespace Ekko.Server.Api;

/// <summary>Query-string values checked like body fields, so a bad <c>limit</c> is a named 400, not a silent default.</summary>
internal static class QueryParameters
{
    public static int? Limit(HttpRequest request, int fallback, int max, List<FieldError> errors)
    {
        var text = request.Query["limit"].ToString();
        if (text.Length == 0)
        {
            return fallback;
        }

        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var limit) && limit >= 1 && limit <= max)
        {
            return limit;
        }

        errors.Add(new FieldError("limit", $"expected a whole number from 1 to {max}, got '{text}'"));
        return null;
    }

    /// <param name="isValid">Checks the decoded parts, so a forged cursor is a 400 and not an exception later.</param>
    public static string? Cursor(HttpRequest request, int partCount, List<FieldError> errors, Func<string[], bool>? isValid = null)
    {
        var text = request.Query["cursor"].ToString();
        if (text.Length == 0)
        {
            return null;
        }

        if (!Core.Formats.Cursor.TryDecode(text, partCount, out var parts) || isValid?.Invoke(parts) == false)
        {
            errors.Add(new FieldError("cursor", "is not a cursor this list handed out; pass the 'next_cursor' of the previous page unchanged"));
        }

        return text;
    }

    /// <param name="format">yyyy-MM-dd for a day, yyyy-MM for a month (its first day).</param>
    public static DateOnly? Date(HttpRequest request, string name, string format, string what, List<FieldError> errors)
    {
        var text = request.Query[name].ToString();
        if (text.Length == 0)
        {
            return null;
        }

        if (DateOnly.TryParseExact(text, format, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        errors.Add(new FieldError(name, $"expected {what} {format.ToUpperInvariant()}, got '{text}'"));
        return null;
    }

    /// <summary>
    /// Parameters named <paramref name="prefix"/>KEY (<c>attributes.segment</c>, <c>filter.region</c>) by KEY with all
    /// their values; every other parameter that is not <paramref name="known"/> is a named error, so a typo
    /// is a 400 rather than a filter silently ignored.
    /// </summary>
    public static Dictionary<string, StringValues> Prefixed(
        HttpRequest request, string prefix, List<FieldError> errors, string unknownMessage, params string[] known)
    {
        var prefixed = new Dictionary<string, StringValues>(StringComparer.Ordinal);
        foreach (var (key, values) in request.Query)
        {
            if (key.StartsWith(prefix, StringComparison.Ordinal) && key.Length > prefix.Length)
            {
                prefixed[key[prefix.Length..]] = values;
            }
            else if (!known.Contains(key))
            {
                errors.Add(new FieldError(key, unknownMessage));
            }
        }

        return prefixed;
    }

    /// <summary><c>filter.DIMENSION=value</c> parameters (repeat one for several values), as the metric and insight queries take them.</summary>
    public static Dictionary<string, IReadOnlyCollection<string>> DimensionFilters(
        HttpRequest request, List<FieldError> errors, string unknownMessage, params string[] known) =>
        Prefixed(request, "filter.", errors, unknownMessage, known)
            .ToDictionary(f => f.Key, f => (IReadOnlyCollection<string>)f.Value.OfType<string>().ToArray(), StringComparer.Ordinal);

    /// <summary>The <c>metric</c> parameter: nps, csat or ces; null when absent (an error too when <paramref name="required"/>).</summary>
    public static Analytics.Metric? Metric(HttpRequest request, List<FieldError> errors, bool required)
    {
        var text = request.Query["metric"].ToString();
        switch (text)
        {
            case "nps": return Analytics.Metric.Nps;
            case "csat": return Analytics.Metric.Csat;
            case "ces": return Analytics.Metric.Ces;
            case "" when !required: return null;
            case "": errors.Add(new FieldError("metric", "is required: nps, csat or ces")); return null;
            default: errors.Add(new FieldError("metric", $"expected nps, csat or ces, got '{text}'")); return null;
        }
    }
}
