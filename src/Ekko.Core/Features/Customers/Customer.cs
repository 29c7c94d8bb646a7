namespace Ekko.Core.Features.Customers;

/// <summary>
/// One person as the workspace's own systems know them. <see cref="ExternalId"/> is the id in the source
/// system (CRM, shop) and the key that customer upserts, interactions and responses refer to.
/// </summary>
public sealed class Customer
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid WorkspaceId { get; init; }
    public required string ExternalId { get; init; }
    public string? Email { get; set; }
    public string? Phone { get; set; }
    public string? Name { get; set; }

    /// <summary>Preferred language as a two-letter ISO 639-1 code (sv, nb, da, en, ...).</summary>
    public string? Language { get; set; }

    /// <summary>Consent to be surveyed; null means the source system has not said.</summary>
    public bool? ConsentSurveys { get; set; }

    public bool? ConsentMarketing { get; set; }

    /// <summary>Free attributes as a JSON object (segment, region, lifetime value, ...).</summary>
    public string Attributes { get; set; } = "{}";

    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }

    /// <summary>The workspace change number of the last update.</summary>
    public long Seq { get; set; }
}
