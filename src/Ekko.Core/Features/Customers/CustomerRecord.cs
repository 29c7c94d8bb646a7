using System.Text.Json.Nodes;
using Ekko.Core.Formats;

namespace Ekko.Core.Features.Customers;

/// <summary>
/// A customer in the public <c>customers</c> format. Upserts change only the fields a record gives:
/// <see cref="GivenFields"/> says which, so a shop that knows only the e-mail does not erase the CRM's name.
/// </summary>
public sealed record CustomerRecord(
    string Id,
    string? Email,
    string? Phone,
    string? Name,
    string? Language,
    bool? ConsentSurveys,
    bool? ConsentMarketing,
    JsonObject Attributes,
    DateTimeOffset? CreatedAt,
    IReadOnlySet<string> GivenFields)
{
    public static ParseResult<CustomerRecord> Parse(JsonNode? node)
    {
        var reader = RecordReader.For(node, out var notAnObject);
        if (reader is null)
        {
            return new ParseResult<CustomerRecord>(null, [notAnObject!]);
        }

        var id = reader.RequiredString("id", 200);
        var email = reader.OptionalString("email", 320);
        if (email is not null && !LooksLikeEmail(email))
        {
            reader.AddError("email", $"expected an e-mail address, got '{email}'");
        }

        var phone = reader.OptionalString("phone", 32);
        var name = reader.OptionalString("name", 200);
        var language = reader.OptionalLanguage("language");
        bool? surveys = null, marketing = null;
        var consentGiven = reader.Has("consent");
        if (reader.OptionalObject("consent") is { } consent)
        {
            var consentReader = RecordReader.For(consent, out _)!;
            surveys = consentReader.OptionalBoolean("surveys");
            marketing = consentReader.OptionalBoolean("marketing");
            foreach (var error in consentReader.Errors)
            {
                reader.AddError($"consent.{error.Field}", error.Message);
            }

            foreach (var (key, _) in consentReader.UnknownFields())
            {
                reader.AddError($"consent.{key}", "unknown consent; expected 'surveys' or 'marketing'");
            }
        }

        var attributesGiven = reader.Has("attributes");
        var attributes = reader.FlatObject("attributes");
        var createdAt = reader.OptionalTimestamp("created_at");
        var unknown = reader.UnknownFields().Any();
        reader.KeepUnknownFieldsIn(attributes, "attributes");

        if (reader.Errors.Count > 0)
        {
            return new ParseResult<CustomerRecord>(null, reader.Errors);
        }

        var given = new HashSet<string>(StringComparer.Ordinal);
        foreach (var field in new[] { "email", "phone", "name", "language" })
        {
            if (reader.Has(field))
            {
                given.Add(field);
            }
        }

        if (consentGiven)
        {
            if (surveys is not null) given.Add("consent.surveys");
            if (marketing is not null) given.Add("consent.marketing");
        }

        if (attributesGiven || unknown)
        {
            given.Add("attributes");
        }

        return new ParseResult<CustomerRecord>(
            new CustomerRecord(id, email, phone, name, language, surveys, marketing, attributes, createdAt, given), []);
    }

    private static bool LooksLikeEmail(string text)
    {
        var at = text.IndexOf('@', StringComparison.Ordinal);
        return at > 0 && at < text.Length - 1 && at == text.LastIndexOf('@') && !text.Any(char.IsWhiteSpace);
    }
}
