using System.Text.Json.Nodes;
using Ekko.Core.Data;
using Ekko.Core.Formats;

namespace Ekko.Core.Features.Metrics;

public sealed record SetActivityRuleCommand(Guid WorkspaceId, JsonNode? Body);

/// <summary>Sets what counts as customer activity for churn and retention: <c>{"types": ["order.placed"], "window_days": 90}</c>.</summary>
public sealed class SetActivityRule(IDbContextFactory<EkkoDbContext> dbFactory)
{
    public async Task<CommandResult<ActivityRule>> HandleAsync(SetActivityRuleCommand command, CancellationToken cancellationToken)
    {
        var reader = RecordReader.For(command.Body, out var notAnObject);
        if (reader is null)
        {
            return CommandResult<ActivityRule>.Invalid([notAnObject!]);
        }

        var window = reader.OptionalInteger("window_days");
        var types = reader.Has("types") ? Types(command.Body!["types"]) : null;
        reader.RejectUnknownFields();
        var errors = reader.Errors.ToList();
        if (types is null)
        {
            errors.Add(new FieldError("types", "is required: a non-empty list of interaction types such as [\"order.placed\"] (1-100 characters each, no ',')"));
        }

        if (window is not (>= 1 and <= ActivityRule.MaxWindowDays) && !errors.Any(e => e.Field == "window_days"))
        {
            errors.Add(new FieldError("window_days", $"is required: a number of days from 1 to {ActivityRule.MaxWindowDays}"));
        }

        if (errors.Count > 0)
        {
            return CommandResult<ActivityRule>.Invalid(errors);
        }

        var joined = string.Join(",", types!);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var updated = await db.Workspaces.Where(w => w.Id == command.WorkspaceId)
            .ExecuteUpdateAsync(s => s.SetProperty(w => w.ActivityTypes, joined).SetProperty(w => w.ActivityWindowDays, window!.Value), cancellationToken);
        return updated == 0 ? CommandResult<ActivityRule>.NotFound() : CommandResult<ActivityRule>.Ok(new ActivityRule(types!, window!.Value));
    }

    private static List<string>? Types(JsonNode? node)
    {
        if (node is not JsonArray { Count: > 0 } list)
        {
            return null;
        }

        var types = new List<string>();
        foreach (var item in list)
        {
            if (item is not JsonValue value || !value.TryGetValue<string>(out var type) || type.Length is 0 or > 100 || type.Contains(',', StringComparison.Ordinal))
            {
                return null;
            }

            types.Add(type);
        }

        return [.. types.Distinct(StringComparer.Ordinal)];
    }
}
