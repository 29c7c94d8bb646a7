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

    /// <summary>Contact limit across all surveys: at most one invitation per customer within this many days.</summary>
    public int ContactLimitDays { get; set; } = 30;

    /// <summary>No invitation is sent from this hour until <see cref="QuietHoursEnd"/> in <see cref="TimeZone"/>; equal hours turn quiet hours off.</summary>
    public int QuietHoursStart { get; set; } = 21;

    public int QuietHoursEnd { get; set; } = 8;

    /// <summary>The IANA time zone of the workspace's customers (quiet hours, business days).</summary>
    public string TimeZone { get; set; } = "Europe/Stockholm";

    /// <summary>
    /// The secret a website's backend signs visitor ids with (HMAC-SHA256) so that the survey widget can tell
    /// who answers without anyone being able to answer as someone else. Created on first use.
    /// </summary>
    public string? WidgetSecret { get; set; }

    /// <summary>Show and export comments with e-mail addresses, phone, card and national identity numbers replaced (<c>redact_pii</c>).</summary>
    public bool RedactPii { get; set; }

    /// <summary>
    /// The languages the workspace's customers write in, comma-separated ISO codes among sv, nb, da and en (<c>languages</c>):
    /// the text pipeline detects the language of a comment or mention among these only.
    /// </summary>
    public string Languages { get; set; } = DefaultLanguages;

    public const string DefaultLanguages = "sv,nb,da,en";

    /// <summary>The last case number handed out; the update's row lock keeps numbers unique across instances.</summary>
    public long LastCaseNumber { get; set; }
}
