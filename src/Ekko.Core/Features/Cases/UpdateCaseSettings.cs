using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Ekko.Core.Data;
using Ekko.Core.Formats;

namespace Ekko.Core.Features.Cases;

public sealed record UpdateCaseSettingsCommand(Guid WorkspaceId, JsonNode? Body);

/// <summary>
/// Changes the SLA and calendar: <c>{"first_contact_hours"?, "resolution_hours"?, "warn_before_hours"?, "day_start"?: "09:00",
/// "day_end"?: "17:00", "workdays"?: [1,2,3,4,5], "holidays"?: ["2026-12-24"], "dedup_days"?, "max_response_age_days"?}</c>.
/// New values apply to cases opened (or reopened) afterwards; running clocks keep the due times they got.
/// </summary>
public sealed class UpdateCaseSettings(IDbContextFactory<EkkoDbContext> dbFactory)
{
    public async Task<CommandResult<CaseSettingsView>> HandleAsync(UpdateCaseSettingsCommand command, CancellationToken cancellationToken)
    {
        var reader = RecordReader.For(command.Body, out var notAnObject);
        if (reader is null)
        {
            return CommandResult<CaseSettingsView>.Invalid([notAnObject!]);
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var settings = await db.CaseSettings.FirstOrDefaultAsync(s => s.WorkspaceId == command.WorkspaceId, cancellationToken);
        var isNew = settings is null;
        settings ??= new CaseSettings { WorkspaceId = command.WorkspaceId };

        double? Hours(string field, double max)
        {
            if (!reader.Has(field))
            {
                return null;
            }

            if (command.Body![field] is JsonValue v && v.GetValueKind() == JsonValueKind.Number && v.GetValue<double>() is var h && h >= 0 && h <= max)
            {
                return h;
            }

            reader.AddError(field, $"expected a number of hours from 0 to {max}");
            return null;
        }

        string? Time(string field)
        {
            var text = reader.OptionalString(field, 5);
            if (text is not null && !TimeOnly.TryParseExact(text, "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
            {
                reader.AddError(field, $"expected a time HH:mm, got '{text}'");
            }

            return text;
        }

        settings.FirstContactHours = Hours("first_contact_hours", 10_000) ?? settings.FirstContactHours;
        settings.ResolutionHours = Hours("resolution_hours", 10_000) ?? settings.ResolutionHours;
        settings.WarnBeforeHours = Hours("warn_before_hours", 10_000) ?? settings.WarnBeforeHours;
        settings.DayStart = Time("day_start") ?? settings.DayStart;
        settings.DayEnd = Time("day_end") ?? settings.DayEnd;
        if (reader.Has("workdays"))
        {
            if (command.Body!["workdays"] is JsonArray days && days.Count is > 0 and <= 7
                && days.All(d => d is JsonValue v && v.TryGetValue<int>(out var n) && n is >= 1 and <= 7))
            {
                settings.Workdays = string.Join(',', days.Select(d => d!.GetValue<int>()).Distinct().Order());
            }
            else
            {
                reader.AddError("workdays", "expected an array of ISO weekdays 1 (Monday) to 7 (Sunday)");
            }
        }

        if (reader.Has("holidays"))
        {
            if (command.Body!["holidays"] is JsonArray days && days.Count <= 1000
                && days.All(d => d is JsonValue v && v.TryGetValue<string>(out var s) && DateOnly.TryParseExact(s, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _)))
            {
                settings.Holidays = JsonSerializer.Serialize(days.Select(d => d!.GetValue<string>()).Distinct().Order());
            }
            else
            {
                reader.AddError("holidays", "expected an array of up to 1000 dates YYYY-MM-DD");
            }
        }

        settings.DedupDays = reader.OptionalInteger("dedup_days") is { } dedup ? dedup : settings.DedupDays;
        settings.MaxResponseAgeDays = reader.OptionalInteger("max_response_age_days") is { } age ? age : settings.MaxResponseAgeDays;
        if (settings.DedupDays is < 0 or > 3650)
        {
            reader.AddError("dedup_days", "expected 0-3650 days");
        }

        if (settings.MaxResponseAgeDays is < 0 or > 3650)
        {
            reader.AddError("max_response_age_days", "expected 0-3650 days");
        }

        if (string.CompareOrdinal(settings.DayEnd, settings.DayStart) <= 0)
        {
            reader.AddError("day_end", $"must be after day_start ({settings.DayStart})");
        }

        if (settings.WarnBeforeHours >= Math.Min(settings.FirstContactHours, settings.ResolutionHours) && settings.WarnBeforeHours > 0)
        {
            reader.AddError("warn_before_hours", "must be less than both SLA times");
        }

        reader.RejectUnknownFields();
        if (reader.Errors.Count > 0)
        {
            return CommandResult<CaseSettingsView>.Invalid(reader.Errors);
        }

        if (isNew)
        {
            db.CaseSettings.Add(settings);
        }

        await db.SaveChangesAsync(cancellationToken);
        var zone = await db.Workspaces.Where(w => w.Id == command.WorkspaceId).Select(w => w.TimeZone).SingleAsync(cancellationToken);
        return CommandResult<CaseSettingsView>.Ok(CaseSettingsView.Of(settings, zone));
    }
}
