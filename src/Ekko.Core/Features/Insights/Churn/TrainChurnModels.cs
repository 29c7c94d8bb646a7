using System.Text.Json;
using Ekko.Core.Data;
using Ekko.Core.Features.Metrics;

namespace Ekko.Core.Features.Insights.Churn;

/// <param name="Owner">Who works: unique per running instance, so a lease tells instances apart.</param>
public sealed record TrainChurnModelsCommand(string Owner);

public sealed record TrainChurnModelsResult(int Trained, int WithoutModel, IReadOnlyList<(Guid WorkspaceId, Exception Error)> Failures);

/// <summary>
/// The churn model's background work: trains every workspace whose model is due (asked for since the last
/// training, or older than <see cref="RetrainAfter"/>: nightly), stores the model and its evaluation, and
/// replaces the workspace's risk list with today's scores. Several instances may run it: a workspace is leased
/// with a conditional update before it is trained, and the results are written only while the lease is held.
/// </summary>
public sealed class TrainChurnModels(IDbContextFactory<EkkoDbContext> dbFactory, TimeProvider clock, WriteGate writeGate)
{
    public static readonly TimeSpan RetrainAfter = TimeSpan.FromHours(24);
    public static readonly TimeSpan Lease = TimeSpan.FromMinutes(15);

    public async Task<TrainChurnModelsResult> HandleAsync(TrainChurnModelsCommand command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        await EnsureRowsAsync(db, cancellationToken);
        var now = clock.GetUtcNow();
        var stale = now - RetrainAfter;
        var due = await db.ChurnModels.AsNoTracking()
            .Where(m => (m.TrainedAt == null || m.TrainedAt < stale || m.RequestedAt > m.TrainedAt) && (m.LeaseUntil == null || m.LeaseUntil < now))
            .OrderBy(m => m.WorkspaceId).Select(m => m.WorkspaceId).ToListAsync(cancellationToken);
        int trained = 0, withoutModel = 0;
        var failures = new List<(Guid, Exception)>();
        foreach (var workspaceId in due)
        {
            try
            {
                switch (await TrainAsync(db, workspaceId, command.Owner, cancellationToken))
                {
                    case true:
                        trained++;
                        break;
                    case false:
                        withoutModel++;
                        break;
                }
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                failures.Add((workspaceId, e));
                await db.ChurnModels.Where(m => m.WorkspaceId == workspaceId && m.LeaseOwner == command.Owner)
                    .ExecuteUpdateAsync(s => s.SetProperty(m => m.LeaseUntil, (DateTimeOffset?)null).SetProperty(m => m.LeaseOwner, (string?)null), CancellationToken.None);
            }
        }

        return new TrainChurnModelsResult(trained, withoutModel, failures);
    }

    /// <summary>True: a model; false: trained but too little history; null: another instance has it.</summary>
    private async Task<bool?> TrainAsync(EkkoDbContext db, Guid workspaceId, string owner, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var leaseUntil = now + Lease;
        int claimed;
        using (await writeGate.EnterAsync(cancellationToken))
        {
            claimed = await db.ChurnModels.Where(m => m.WorkspaceId == workspaceId && (m.LeaseUntil == null || m.LeaseUntil < now))
                .ExecuteUpdateAsync(s => s.SetProperty(m => m.LeaseOwner, owner).SetProperty(m => m.LeaseUntil, leaseUntil), cancellationToken);
        }

        if (claimed == 0 || await ActivityRule.LoadAsync(db, workspaceId, cancellationToken) is not { } rule)
        {
            return null;
        }

        var today = DateOnly.FromDateTime(now.UtcDateTime);
        var histories = await ChurnHistories.LoadAsync(db, workspaceId, rule, cancellationToken);
        var model = ChurnTrainer.Train(histories, rule.WindowDays, today, out var problem);
        var scores = model is null ? [] : ChurnTrainer.Score(model.Model, model.Scaling, histories, rule.WindowDays, today);

        using (await writeGate.EnterAsync(cancellationToken))
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var state = await db.ChurnModels.SingleAsync(m => m.WorkspaceId == workspaceId, cancellationToken);
            if (state.LeaseOwner != owner)
            {
                return null;
            }

            state.TrainedAt = now;
            state.LeaseOwner = null;
            state.LeaseUntil = null;
            state.Problem = problem;
            if (model is not null)
            {
                var e = model.Evaluation;
                state.Model = model.Model;
                state.Scaling = model.Scaling.ToJson();
                (state.TrainFrom, state.Cutoff, state.LabelsUntil) = (e.TrainFrom, e.Cutoff, e.LabelsUntil);
                (state.TrainRows, state.TrainChurned, state.TestRows, state.TestChurned) = (e.TrainRows, e.TrainChurned, e.Test.N, e.Test.Positives);
                (state.Auc, state.TopDecileLift, state.ScoredCustomers) = (e.Test.Auc, e.Test.TopDecileLift, scores.Count);
                await db.ChurnScores.Where(s => s.WorkspaceId == workspaceId).ExecuteDeleteAsync(cancellationToken);
                db.ChurnScores.AddRange(scores.Select((s, i) => new ChurnScore
                {
                    WorkspaceId = workspaceId,
                    CustomerId = Guid.ParseExact(s.Customer, "N"),
                    Rank = i + 1,
                    Probability = s.Probability,
                    Signals = JsonSerializer.Serialize(s.Signals),
                    ScoredAt = now,
                }));
            }

            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }

        return model is not null;
    }

    /// <summary>A state row for every workspace, so that a new workspace is trained on the next round.</summary>
    private async Task EnsureRowsAsync(EkkoDbContext db, CancellationToken cancellationToken)
    {
        var missing = await db.Workspaces.Where(w => !db.ChurnModels.Any(m => m.WorkspaceId == w.Id)).Select(w => w.Id).ToListAsync(cancellationToken);
        if (missing.Count == 0)
        {
            return;
        }

        using (await writeGate.EnterAsync(cancellationToken))
        {
            db.ChurnModels.AddRange(missing.Select(id => new ChurnModelState { WorkspaceId = id }));
            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateException)
            {
                // Another instance added them first; either row is as good.
            }
            finally
            {
                db.ChangeTracker.Clear();
            }
        }
    }
}
