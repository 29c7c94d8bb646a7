using System.Globalization;
using Ekko.Core.Features.Metrics;
using Microsoft.AspNetCore.WebUtilities;

namespace Ekko.Server.Components.Common;

/// <summary>
/// The filters every analytics page shares, read from and written to the address (so a view can be shared as a
/// link): a period, and a value for any of the dimensions a CX manager slices by. <c>stage</c> is a stage of
/// the workspace's journey; the rest are response dimensions (<c>segment</c> may be the customer's).
/// </summary>
public sealed record ViewFilter(DateOnly From, DateOnly To, IReadOnlyDictionary<string, string> Values)
{
    /// <summary>The dimensions offered as filters, in the order the filter bar shows them.</summary>
    public static readonly IReadOnlyList<string> Dimensions = [QueryMetrics.Stage, ResponseDimensions.Touchpoint, ResponseDimensions.Channel, "segment", ResponseDimensions.Language];

    public const int DefaultDays = 90;

    public int Days => To.DayNumber - From.DayNumber + 1;

    public static ViewFilter Parse(string uri, DateOnly today)
    {
        var query = QueryHelpers.ParseQuery(new Uri(uri).Query);
        var to = Date(query, "to") ?? today;
        var from = Date(query, "from") ?? to.AddDays(-(DefaultDays - 1));
        if (from > to)
        {
            (from, to) = (to, from);
        }

        var values = Dimensions.Where(d => query.TryGetValue(d, out var v) && !string.IsNullOrEmpty(v.ToString()))
            .ToDictionary(d => d, d => query[d].ToString(), StringComparer.Ordinal);
        return new ViewFilter(from, to, values);
    }

    public ViewFilter With(string dimension, string? value)
    {
        var values = new Dictionary<string, string>(Values, StringComparer.Ordinal);
        if (string.IsNullOrEmpty(value))
        {
            values.Remove(dimension);
        }
        else
        {
            values[dimension] = value;
        }

        return this with { Values = values };
    }

    /// <summary>The query string of this view, <paramref name="extra"/> added (page-specific parameters).</summary>
    public string ToQueryString(params (string Key, string? Value)[] extra)
    {
        var parts = new List<KeyValuePair<string, string?>>
        {
            new("from", From.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
            new("to", To.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
        };
        parts.AddRange(Values.Select(v => new KeyValuePair<string, string?>(v.Key, v.Value)));
        parts.AddRange(extra.Where(e => e.Value is not null).Select(e => new KeyValuePair<string, string?>(e.Key, e.Value)));
        return QueryString.Create(parts).ToString();
    }

    /// <summary>The filters as metric queries take them (dimension to the values kept).</summary>
    public IReadOnlyDictionary<string, IReadOnlyCollection<string>> MetricFilters() =>
        Values.ToDictionary(v => v.Key, v => (IReadOnlyCollection<string>)[v.Value], StringComparer.Ordinal);

    private static DateOnly? Date(Dictionary<string, Microsoft.Extensions.Primitives.StringValues> query, string key) =>
        query.TryGetValue(key, out var value) && DateOnly.TryParseExact(value.ToString(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date : null;
}
