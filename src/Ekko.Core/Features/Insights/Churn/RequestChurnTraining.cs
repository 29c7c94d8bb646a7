using System.Text.Json.Nodes;
using Ekko.Core.Data;

namespace Ekko.Core.Features.Insights.Churn;

public sealed record RequestChurnTrainingCommand(Guid WorkspaceId);

/// <summary>Asks the background job to train the workspace's churn model on its next round (it trains nightly anyway).</summary>
public sealed class RequestChurnTraining(IDbContextFactory<EkkoDbContext> dbFactory, TimeProvider clock, WriteGate writeGate)
{
    public async Task<JsonObject> HandleAsync(RequestChurnTrainingCommand command, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var now = clock.GetUtcNow();
        using (await writeGate.EnterAsync(cancellationToken))
        {
            if (await db.ChurnModels.Where(m => m.WorkspaceId == command.WorkspaceId).ExecuteUpdateAsync(s => s.SetProperty(m => m.RequestedAt, now), cancellationToken) == 0)
            {
                db.ChurnModels.Add(new ChurnModelState { WorkspaceId = command.WorkspaceId, RequestedAt = now });
                try
                {
                    await db.SaveChangesAsync(cancellationToken);
                }
                catch (DbUpdateException)
                {
                    // The job added the row meanwhile: ask on it.
                    db.ChangeTracker.Clear();
                    await db.ChurnModels.Where(m => m.WorkspaceId == command.WorkspaceId).ExecuteUpdateAsync(s => s.SetProperty(m => m.RequestedAt, now), cancellationToken);
                }
            }
        }

        return GetChurnModel.Write(await db.ChurnModels.AsNoTracking().SingleAsync(m => m.WorkspaceId == command.WorkspaceId, cancellationToken));
    }
}
