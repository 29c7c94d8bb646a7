using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Ekko.Core.Data;
using Ekko.Core.Features.Cases;
using Ekko.Core.Formats;

namespace Ekko.Core.Features.Insights.Churn;

public sealed record CreateChurnCasesCommand(Guid WorkspaceId, JsonNode? Body, string Actor);

/// <param name="Existing">Customers who already had an open churn-risk case: that case, not a new one.</param>
public sealed record ChurnCasesResult(IReadOnlyList<(string Customer, Guid CaseId, long Number)> Created, IReadOnlyList<(string Customer, Guid CaseId, long Number)> Existing);

/// <summary>
/// Turns at-risk customers into follow-up cases: <c>{"customers": ["c-00042", ...], "priority"?, "team"?, "assignee"?}</c>.
/// Each customer must be on the current risk list; the case is opened through <see cref="CreateCase"/> (so rules of
/// SLA and numbering apply) with the risk and its signals in the description. A customer with an open
/// churn-risk case gets no second one (the answer names the existing case).
/// </summary>
public sealed class CreateChurnCases(IDbContextFactory<EkkoDbContext> dbFactory, CreateCase createCase)
{
    public const int MaxCustomers = 200;
    private const string AlertPrefix = "churn-risk:";

    public async Task<CommandResult<ChurnCasesResult>> HandleAsync(CreateChurnCasesCommand command, CancellationToken cancellationToken)
    {
        var reader = RecordReader.For(command.Body, out var notAnObject);
        if (reader is null)
        {
            return CommandResult<ChurnCasesResult>.Invalid([notAnObject!]);
        }

        var customers = new List<string>();
        if (reader.Has("customers") && command.Body!["customers"] is JsonArray array && array.Count is > 0 and <= MaxCustomers
            && array.All(a => RecordReader.TryGetString(a, out var s) && s.Length is > 0 and <= 200))
        {
            customers.AddRange(array.Select(a => a!.GetValue<string>()).Distinct(StringComparer.Ordinal));
        }
        else
        {
            reader.AddError("customers", $"expected an array of 1-{MaxCustomers} customer ids");
        }

        var priority = reader.OptionalString("priority", 20);
        var team = reader.OptionalKey("team");
        var assignee = reader.OptionalString("assignee", 320);
        reader.RejectUnknownFields();
        if (reader.Errors.Count > 0)
        {
            return CommandResult<ChurnCasesResult>.Invalid(reader.Errors);
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var ws = command.WorkspaceId;
        var scored = await (from s in db.ChurnScores
                            join c in db.Customers on s.CustomerId equals c.Id
                            where s.WorkspaceId == ws && c.WorkspaceId == ws && customers.Contains(c.ExternalId)
                            select new { c.ExternalId, s.Rank, s.Probability, s.Signals }).ToListAsync(cancellationToken);
        var errors = customers.Select((c, i) => (c, i)).Where(x => !scored.Any(s => s.ExternalId == x.c))
            .Select(x => new FieldError($"customers[{x.i}]", $"customer '{x.c}' is not on this workspace's churn-risk list")).ToList();
        if (errors.Count > 0)
        {
            return CommandResult<ChurnCasesResult>.Invalid(errors);
        }

        var churnCases = await db.Cases.Where(c => c.WorkspaceId == ws && c.AlertRef != null && c.AlertRef.StartsWith(AlertPrefix))
            .Select(c => new { c.AlertRef, c.Id, c.Number, c.Status }).ToListAsync(cancellationToken);
        static string Customer(string alertRef) => alertRef[AlertPrefix.Length..alertRef.LastIndexOf(':')];
        var created = new List<(string, Guid, long)>();
        var existing = new List<(string, Guid, long)>();
        foreach (var customer in customers)
        {
            var mine = churnCases.Where(c => Customer(c.AlertRef!) == customer).ToList();
            if (mine.FirstOrDefault(c => c.Status is not (CaseStatus.Resolved or CaseStatus.Closed)) is { } already)
            {
                existing.Add((customer, already.Id, already.Number));
                continue;
            }

            var score = scored.First(s => s.ExternalId == customer);
            var signals = JsonSerializer.Deserialize<List<string>>(score.Signals) ?? [];
            var body = new JsonObject
            {
                ["title"] = string.Create(CultureInfo.InvariantCulture, $"Churn risk {score.Probability:P0}: {customer}"),
                ["customer"] = customer,
                ["description"] = string.Create(CultureInfo.InvariantCulture, $"Ranked {score.Rank} by churn risk ({score.Probability:P1} within 90 days).")
                    + (signals.Count > 0 ? " Signals: " + string.Join("; ", signals) + "." : ""),
                // Numbered per customer, so a closed churn case does not stand for a new one (CreateCase answers a repeated reference with its case).
                ["alert"] = string.Create(CultureInfo.InvariantCulture, $"{AlertPrefix}{customer}:{mine.Count + 1}"),
            };
            if (priority is not null)
            {
                body["priority"] = priority;
            }

            if (team is not null)
            {
                body["team"] = team;
            }

            if (assignee is not null)
            {
                body["assignee"] = assignee;
            }

            var result = await createCase.HandleAsync(new CreateCaseCommand(ws, body, command.Actor), cancellationToken);
            if (result.Status != CommandStatus.Ok)
            {
                return CommandResult<ChurnCasesResult>.Invalid([.. result.Errors.Select(e => e with { Field = e.Field is "customer" ? "customers" : e.Field })]);
            }

            var detail = result.Value!.Case;
            created.Add((customer, detail.Id, detail.Number));
        }

        return CommandResult<ChurnCasesResult>.Ok(new ChurnCasesResult(created, existing));
    }
}
