namespace Ekko.Core.Features.Workspaces;

/// <summary>A brand or business unit. Every piece of customer data belongs to exactly one workspace.</summary>
public sealed class Workspace
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid OrganizationId { get; init; }
    public required string Name { get; set; }

    /// <summary>URL- and CLI-friendly name, unique across the installation.</summary>
    public required string Slug { get; set; }

    public string DefaultLanguage { get; set; } = "en";
    public DateTimeOffset CreatedAt { get; init; }

    /// <summary>
    /// The workspace's change counter: every write of responses, customers or erasures takes the next numbers
    /// (see <see cref="Data.ChangeFeed"/>), so each app instance can bring its metrics index up to date by
    /// reading what is newer than the number it has.
    /// </summary>
    public long ChangeSeq { get; set; }

    /// <summary>Interaction types that count as a customer being active (for churn and retention), comma-separated.</summary>
    public string ActivityTypes { get; set; } = "order.placed";

    /// <summary>A customer is active while their last activity is at most this many days old.</summary>
    public int ActivityWindowDays { get; set; } = 90;
}
