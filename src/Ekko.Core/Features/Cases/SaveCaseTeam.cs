using System.Text.Json;
using System.Text.Json.Nodes;
using Ekko.Core.Data;
using Ekko.Core.Formats;

namespace Ekko.Core.Features.Cases;

public sealed record CaseTeamView(string Key, string Name, IReadOnlyList<string> Members, IReadOnlyList<string> Touchpoints);

public sealed record SaveCaseTeamCommand(Guid WorkspaceId, string Key, JsonNode? Body);

/// <summary>
/// Creates or replaces a team: <c>{"name", "members": ["agent@example.se", ...], "touchpoints"?: ["home-delivery"]}</c>.
/// Members must belong to the workspace; cases go to them in this order, in turn.
/// </summary>
public sealed class SaveCaseTeam(IDbContextFactory<EkkoDbContext> dbFactory)
{
    public async Task<CommandResult<CaseTeamView>> HandleAsync(SaveCaseTeamCommand command, CancellationToken cancellationToken)
    {
        var reader = RecordReader.For(command.Body, out var notAnObject);
        if (reader is null)
        {
            return CommandResult<CaseTeamView>.Invalid([notAnObject!]);
        }

        if (!RecordReader.IsKey(command.Key))
        {
            reader.AddError("key", "expected a key: lowercase letters, digits and dashes, up to 64 characters");
        }

        var name = reader.RequiredString("name", 200);
        var members = Strings(reader, command.Body, "members", required: true);
        var touchpointKeys = Strings(reader, command.Body, "touchpoints", required: false);
        reader.RejectUnknownFields();
        if (reader.Errors.Count > 0)
        {
            return CommandResult<CaseTeamView>.Invalid(reader.Errors);
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var memberIds = new List<string>();
        foreach (var (email, i) in members.Select((m, i) => (m, i)))
        {
            if (await WorkspaceMembers.IdOfAsync(db, command.WorkspaceId, email, cancellationToken) is { } id)
            {
                memberIds.Add(id);
            }
            else
            {
                reader.AddError($"members[{i}]", $"'{email}' is not a member of this workspace");
            }
        }

        var touchpoints = await db.Touchpoints.Where(t => t.WorkspaceId == command.WorkspaceId && touchpointKeys.Contains(t.Key)).ToDictionaryAsync(t => t.Key, t => t.Id, cancellationToken);
        foreach (var (key, i) in touchpointKeys.Select((k, i) => (k, i)).Where(k => !touchpoints.ContainsKey(k.k)))
        {
            reader.AddError($"touchpoints[{i}]", $"this workspace has no touchpoint '{key}'");
        }

        if (reader.Errors.Count > 0)
        {
            return CommandResult<CaseTeamView>.Invalid(reader.Errors);
        }

        var team = await db.CaseTeams.FirstOrDefaultAsync(t => t.WorkspaceId == command.WorkspaceId && t.Key == command.Key, cancellationToken);
        if (team is null)
        {
            team = new CaseTeam { WorkspaceId = command.WorkspaceId, Key = command.Key, Name = name };
            db.CaseTeams.Add(team);
        }

        team.Name = name;
        team.Members = JsonSerializer.Serialize(memberIds);
        team.Touchpoints = JsonSerializer.Serialize(touchpointKeys.Select(k => touchpoints[k]));
        await db.SaveChangesAsync(cancellationToken);
        return CommandResult<CaseTeamView>.Ok(new CaseTeamView(team.Key, team.Name, members, touchpointKeys));
    }

    private static List<string> Strings(RecordReader reader, JsonNode? body, string field, bool required)
    {
        if (!reader.Has(field))
        {
            if (required)
            {
                reader.AddError(field, "is required: an array of strings");
            }

            return [];
        }

        if (body![field] is JsonArray array && array.Count <= 200 && array.All(a => a is JsonValue v && v.TryGetValue<string>(out var s) && s.Length is > 0 and <= 320))
        {
            return [.. array.Select(a => a!.GetValue<string>()).Distinct(StringComparer.Ordinal)];
        }

        reader.AddError(field, "expected an array of up to 200 non-empty strings");
        return [];
    }
}
