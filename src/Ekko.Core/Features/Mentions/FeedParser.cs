using System.Globalization;
using System.Net;
using System.Security.Cryptography;
using System.ServiceModel.Syndication;
using System.Text;
using System.Text.RegularExpressions;
using System.Xml;
using Ekko.Text.Languages;

namespace Ekko.Core.Features.Mentions;

/// <summary>An item of a feed as a mention needs it; <see cref="PublishedAt"/> is null when the feed gave no usable date.</summary>
public sealed record FeedItem(string Id, string Text, string? Url, string? Author, DateTimeOffset? PublishedAt, IReadOnlyList<string> Hashtags);

public sealed record ParsedFeed(string? Language, IReadOnlyList<FeedItem> Items);

/// <summary>The document is not an RSS 2.0 or Atom 1.0 feed, or not well-formed XML; the message says which and where.</summary>
public sealed class FeedFormatException(string message, Exception? inner = null) : Exception(message, inner);

/// <summary>
/// Reads RSS 2.0 and Atom 1.0 documents with System.ServiceModel.Syndication, hardened for documents from anywhere:
/// no DTDs (so no entity expansion bombs and no external entities), no resolver, a cap on the characters read, and
/// dates in the many shapes real feeds write them (an unreadable date makes the item undated, not the feed unreadable).
/// Item text is the title and the summary or content with HTML removed. Pure: no I/O beyond the given stream.
/// </summary>
public static partial class FeedParser
{
    /// <param name="maxCharacters">The most characters the XML reader takes in; a longer document is refused.</param>
    public static ParsedFeed Parse(Stream document, string feedUrl, long maxCharacters)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(feedUrl);
        var settings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Prohibit,
            XmlResolver = null,
            MaxCharactersInDocument = maxCharacters,
            MaxCharactersFromEntities = 0,
            IgnoreComments = true,
            IgnoreProcessingInstructions = true,
            Async = false,
        };
        try
        {
            using var reader = XmlReader.Create(document, settings);
            reader.MoveToContent();
            SyndicationFeedFormatter formatter = new Rss20FeedFormatter { DateTimeParser = ParseDate };
            if (!formatter.CanRead(reader))
            {
                formatter = new Atom10FeedFormatter { DateTimeParser = ParseDate };
                if (!formatter.CanRead(reader))
                {
                    throw new FeedFormatException($"not an RSS 2.0 or Atom 1.0 feed: the document starts with <{reader.LocalName}>");
                }
            }

            formatter.ReadFrom(reader);
            var feed = formatter.Feed;
            return new ParsedFeed(LanguageCodes.Normalize(feed.Language), [.. feed.Items.Select(i => ToItem(i, feedUrl)).OfType<FeedItem>()]);
        }
        catch (XmlException e)
        {
            throw new FeedFormatException($"not a readable feed: {e.Message}", e);
        }
    }

    private static FeedItem? ToItem(SyndicationItem item, string feedUrl)
    {
        var title = Plain(item.Title?.Text);
        var body = Plain(item.Summary?.Text ?? (item.Content as TextSyndicationContent)?.Text);
        var text = (title, body) switch
        {
            ({ Length: > 0 }, { Length: > 0 }) when !body.StartsWith(title, StringComparison.Ordinal) => $"{title}\n\n{body}",
            (_, { Length: > 0 }) => body,
            _ => title,
        };
        if (text.Length == 0)
        {
            return null; // nothing to read: no title, no text
        }

        if (text.Length > MentionRecord.MaxTextLength)
        {
            text = text[..MentionRecord.MaxTextLength];
        }

        var link = item.Links.FirstOrDefault(l => l.RelationshipType is null or "alternate")?.GetAbsoluteUri()?.ToString();
        if (link is not null && (!MentionRecord.IsWebAddress(link) || link.Length > MentionRecord.MaxUrlLength))
        {
            link = null;
        }

        var id = Id(item.Id, link, feedUrl, text);
        var published = item.PublishDate != default ? item.PublishDate : item.LastUpdatedTime != default ? item.LastUpdatedTime : (DateTimeOffset?)null;
        var hashtags = HashtagPattern().Matches(text).Select(m => m.Value).Distinct(StringComparer.Ordinal).Take(MentionRecord.MaxHashtags).ToList();
        return new FeedItem(id, text, link, Truncate(Author(item), 200), published?.ToUniversalTime(), hashtags);
    }

    /// <summary>
    /// The item's guid when it is a URI (unique by construction), else the guid or the link qualified by the feed's URL,
    /// since two feeds may both number their items 1, 2, 3; an item with neither is known by a hash of its text.
    /// Ids longer than a mention id may be are hashed.
    /// </summary>
    private static string Id(string? guid, string? link, string feedUrl, string text)
    {
        var id = guid is { Length: > 0 } && Uri.TryCreate(guid, UriKind.Absolute, out _) ? guid
            : guid is { Length: > 0 } ? $"{feedUrl}#{guid}"
            : link ?? $"{feedUrl}#sha256:{Hash(text)}";
        return id.Length <= MentionRecord.MaxIdLength ? id : $"sha256:{Hash(id)}";
    }

    private static string Hash(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    private static string? Author(SyndicationItem item)
    {
        if (item.Authors.FirstOrDefault() is { } person && (person.Name ?? person.Email) is { Length: > 0 } name)
        {
            return name;
        }

        // RSS feeds mostly name the author with Dublin Core's dc:creator, which the formatter keeps as an extension.
        return item.ElementExtensions.ReadElementExtensions<string>("creator", "http://purl.org/dc/elements/1.1/").FirstOrDefault();
    }

    private static string? Truncate(string? text, int length) =>
        text is null ? null : Plain(text) is { Length: > 0 } plain ? plain.Length <= length ? plain : plain[..length] : null;

    /// <summary>Text without HTML: script and style blocks and tags removed, entities decoded, white space collapsed.</summary>
    internal static string Plain(string? html)
    {
        if (string.IsNullOrWhiteSpace(html))
        {
            return "";
        }

        var text = ScriptPattern().Replace(html, " ");
        text = BreakPattern().Replace(text, "\n");
        text = TagPattern().Replace(text, " ");
        text = WebUtility.HtmlDecode(text);
        text = SpacePattern().Replace(text, " ");
        text = string.Join("\n", text.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0));
        return text;
    }

    /// <summary>Dates as RFC 822 (RSS), RFC 3339 (Atom) or whatever else DateTimeOffset reads; unreadable ones become "no date".</summary>
    private static bool ParseDate(XmlDateTimeData data, out DateTimeOffset value)
    {
        var text = data.DateTimeString?.Trim() ?? "";
        // RFC 822 zone names DateTimeOffset does not know.
        text = ZonePattern().Replace(text, m => m.Value switch
        {
            "GMT" or "UT" or "Z" => "+00:00",
            "EST" => "-05:00",
            "EDT" => "-04:00",
            "CST" => "-06:00",
            "CDT" => "-05:00",
            "MST" => "-07:00",
            "MDT" => "-06:00",
            "PST" => "-08:00",
            "PDT" => "-07:00",
            "CET" => "+01:00",
            "CEST" => "+02:00",
            _ => m.Value,
        });
        if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AllowWhiteSpaces, out value))
        {
            return true;
        }

        // "Mon, 06 Apr 2026 09:00:00 +0200": a weekday that does not match the date makes TryParse fail; drop it.
        var comma = text.IndexOf(',', StringComparison.Ordinal);
        if (comma > 0 && DateTimeOffset.TryParse(text[(comma + 1)..], CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AllowWhiteSpaces, out value))
        {
            return true;
        }

        value = default;
        return true; // true with no date: the formatter would otherwise throw and lose the whole feed
    }

    [GeneratedRegex(@"<(script|style)\b[^>]*>.*?</\1\s*>", RegexOptions.IgnoreCase | RegexOptions.Singleline, 1000)]
    private static partial Regex ScriptPattern();

    [GeneratedRegex(@"<\s*(br|/p|/div|/li|/h[1-6])\b[^>]*>", RegexOptions.IgnoreCase, 1000)]
    private static partial Regex BreakPattern();

    [GeneratedRegex("<[^>]*>", RegexOptions.None, 1000)]
    private static partial Regex TagPattern();

    [GeneratedRegex(@"[^\S\n]+", RegexOptions.None, 1000)]
    private static partial Regex SpacePattern();

    [GeneratedRegex(@"(?<=\s)(GMT|UT|Z|[ECMP][SD]T|CEST|CET)$", RegexOptions.None, 1000)]
    private static partial Regex ZonePattern();

    [GeneratedRegex(@"(?<![\p{L}\p{N}_&#])#[\p{L}\p{N}_]{1,99}", RegexOptions.None, 1000)]
    private static partial Regex HashtagPattern();
}
