using System.Text.Json.Nodes;

namespace Ekko.Core.Features.Customers;

/// <summary>A customer as the API returns and the export writes it: the public <c>customers</c> format.</summary>
public sealed record CustomerView(
    string Id,
    string? Email,
    string? Phone,
    string? Name,
    string? Language,
    ConsentView Consent,
    JsonObject Attributes,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt)
{
    public static CustomerView From(Customer c) => new(
        c.ExternalId, c.Email, c.Phone, c.Name, c.Language,
        new ConsentView(c.ConsentSurveys, c.ConsentMarketing),
        JsonNode.Parse(c.Attributes)?.AsObject() ?? [],
        c.CreatedAt, c.UpdatedAt);
}

public sealed record ConsentView(bool? Surveys, bool? Marketing);
