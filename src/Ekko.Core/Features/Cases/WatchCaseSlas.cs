using System.Text.Json.Nodes;
using Ekko.Core.Data;
using Ekko.Core.Features.Integrations;

namespace Ekko.Core.Features.Cases;

public sealed record WatchCaseSlasCommand(int MaxCount = 500);

public sealed record WatchCaseSlasResult(int Warnings, int Breaches);

/// <summary>
/// Raises SLA warnings and breaches for open cases whose clock has passed the warning point or the due time.
/// Each is claimed with a conditional update (set the "announced" time where it is still empty) in the same
/// transaction as its audit line and webhook, so it is announced exactly once even with several instances
/// watching, and never lost when an instance stops half-way: the transaction then leaves it unclaimed.
/// A breach found without its warning (the server was down) marks the warning as done too.
/// </summary>
public sealed class WatchCaseSlas(IDbContextFactory<EkkoDbContext> dbFactory, TimeProvider clock)
{
    private static readonly CaseStatus[] Done = [CaseStatus.Resolved, CaseStatus.Closed];

    public async Task<WatchCaseSlasResult> HandleAsync(WatchCaseSlasCommand command, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var open = db.Cases.AsNoTracking().Where(c => !Done.Contains(c.Status));
        var breaches = 0;
        var warnings = 0;

        foreach (var id in await open.Where(c => c.FirstContactAt == null && c.FirstContactDueAt <= now && c.FirstContactBreachedAt == null).Select(c => c.Id).Take(command.MaxCount).ToListAsync(cancellationToken))
        {
            breaches += await AnnounceAsync(db, id, "first_contact", breach: true, now, () => db.Cases
                .Where(c => c.Id == id && c.FirstContactBreachedAt == null && c.FirstContactAt == null && !Done.Contains(c.Status))
                .ExecuteUpdateAsync(u => u.SetProperty(c => c.FirstContactBreachedAt, now).SetProperty(c => c.FirstContactWarnedAt, c => c.FirstContactWarnedAt ?? now), cancellationToken), cancellationToken);
        }

        foreach (var id in await open.Where(c => c.ResolutionDueAt <= now && c.ResolutionBreachedAt == null && c.ResolutionPausedAt == null).Select(c => c.Id).Take(command.MaxCount).ToListAsync(cancellationToken))
        {
            breaches += await AnnounceAsync(db, id, "resolution", breach: true, now, () => db.Cases
                .Where(c => c.Id == id && c.ResolutionBreachedAt == null && c.ResolutionPausedAt == null && !Done.Contains(c.Status))
                .ExecuteUpdateAsync(u => u.SetProperty(c => c.ResolutionBreachedAt, now).SetProperty(c => c.ResolutionWarnedAt, c => c.ResolutionWarnedAt ?? now), cancellationToken), cancellationToken);
        }

        foreach (var id in await open.Where(c => c.FirstContactAt == null && c.FirstContactWarnAt <= now && c.FirstContactWarnedAt == null).Select(c => c.Id).Take(command.MaxCount).ToListAsync(cancellationToken))
        {
            warnings += await AnnounceAsync(db, id, "first_contact", breach: false, now, () => db.Cases
                .Where(c => c.Id == id && c.FirstContactWarnedAt == null && c.FirstContactAt == null && !Done.Contains(c.Status))
                .ExecuteUpdateAsync(u => u.SetProperty(c => c.FirstContactWarnedAt, now), cancellationToken), cancellationToken);
        }

        foreach (var id in await open.Where(c => c.ResolutionWarnAt <= now && c.ResolutionWarnedAt == null && c.ResolutionPausedAt == null).Select(c => c.Id).Take(command.MaxCount).ToListAsync(cancellationToken))
        {
            warnings += await AnnounceAsync(db, id, "resolution", breach: false, now, () => db.Cases
                .Where(c => c.Id == id && c.ResolutionWarnedAt == null && c.ResolutionPausedAt == null && !Done.Contains(c.Status))
                .ExecuteUpdateAsync(u => u.SetProperty(c => c.ResolutionWarnedAt, now), cancellationToken), cancellationToken);
        }

        return new WatchCaseSlasResult(warnings, breaches);
    }

    private static async Task<int> AnnounceAsync(EkkoDbContext db, Guid id, string sla, bool breach, DateTimeOffset now, Func<Task<int>> claim, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (await claim() == 0)
        {
            return 0;
        }

        var @case = await db.Cases.AsNoTracking().SingleAsync(c => c.Id == id, cancellationToken);
        var due = sla == "first_contact" ? @case.FirstContactDueAt : @case.ResolutionDueAt;
        db.CaseEvents.Add(new CaseEvent
        {
            WorkspaceId = @case.WorkspaceId, CaseId = id, At = now, Actor = "system", Kind = breach ? "sla_breach" : "sla_warning", To = sla,
            Text = breach ? $"{sla.Replace('_', ' ')} was due {due:yyyy-MM-dd HH:mm} UTC" : $"{sla.Replace('_', ' ')} is due {due:yyyy-MM-dd HH:mm} UTC",
        });
        var outbox = await WebhookOutbox.ForAsync(db, @case.WorkspaceId, cancellationToken);
        var type = breach ? WebhookEvents.CaseSlaBreached : WebhookEvents.CaseUpdated;
        if (outbox.Wants(type))
        {
            var data = CaseViews.Json((await CaseViews.OfAsync(db, [@case], now, cancellationToken))[0]);
            if (breach)
            {
                data["sla"] = sla;
                data["due_at"] = JsonValue.Create(due);
            }

            outbox.Add(type, data, now);
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return 1;
    }
}
