using System.Text.Json.Nodes;
using Ekko.Core.Data;
using Ekko.Core.Formats;

namespace Ekko.Core.Features.Distribution;

/// <summary>
/// The workspace's rules against over-surveying: at most one invitation per customer within
/// <see cref="ContactLimitDays"/> across all surveys (a survey may set its own), and no e-mail during quiet
/// hours in the customers' time zone.
/// </summary>
public sealed record ContactRules(int ContactLimitDays, int QuietHoursStart, int QuietHoursEnd, string TimeZone)
{
    public static ParseResult<ContactRules> Parse(JsonNode? body)
    {
        var reader = RecordReader.For(body, out var notAnObject);
        if (reader is null)
        {
            return new ParseResult<ContactRules>(null, [notAnObject!]);
        }

        var limit = Surveys.SurveyInput.Bounded(reader, "contact_limit_days", 0, 365);
        var start = Surveys.SurveyInput.Bounded(reader, "quiet_hours_start", 0, 23);
        var end = Surveys.SurveyInput.Bounded(reader, "quiet_hours_end", 0, 23);
        var zone = reader.OptionalString("time_zone", 64);
        foreach (var (field, value) in new[] { ("contact_limit_days", (object?)limit), ("quiet_hours_start", start), ("quiet_hours_end", end), ("time_zone", zone) })
        {
            if (value is null && !reader.Errors.Any(e => e.Field == field))
            {
                reader.AddError(field, "is required");
            }
        }

        if (zone is not null && !TimeZoneInfo.TryFindSystemTimeZoneById(zone, out _))
        {
            reader.AddError("time_zone", $"expected an IANA time zone such as Europe/Stockholm, got '{zone}'");
        }

        reader.RejectUnknownFields();
        return reader.Errors.Count > 0
            ? new ParseResult<ContactRules>(null, reader.Errors)
            : new ParseResult<ContactRules>(new ContactRules(limit!.Value, start!.Value, end!.Value, zone!), []);
    }
}

public sealed record GetContactRulesQuery(Guid WorkspaceId);

public sealed class GetContactRules(IDbContextFactory<EkkoDbContext> dbFactory)
{
    public async Task<ContactRules> HandleAsync(GetContactRulesQuery query, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.Workspaces.Where(w => w.Id == query.WorkspaceId)
            .Select(w => new ContactRules(w.ContactLimitDays, w.QuietHoursStart, w.QuietHoursEnd, w.TimeZone))
            .FirstAsync(cancellationToken);
    }
}
