using System.Globalization;
using System.Text.Json.Nodes;
using Ekko.Analytics.Retention;
using Ekko.Core.Data;

namespace Ekko.Core.Features.Insights.Churn;

public sealed record GetChurnModelQuery(Guid WorkspaceId);

/// <summary>The churn model's state and out-of-time evaluation, as <c>GET /api/v1/churn-risk/model</c> shows it.</summary>
public sealed class GetChurnModel(IDbContextFactory<EkkoDbContext> dbFactory)
{
    public async Task<JsonObject> HandleAsync(GetChurnModelQuery query, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var m = await db.ChurnModels.AsNoTracking().Where(s => s.WorkspaceId == query.WorkspaceId).SingleOrDefaultAsync(cancellationToken);
        return Write(m);
    }

    internal static JsonObject Write(ChurnModelState? m)
    {
        var json = new JsonObject
        {
            ["status"] = m switch
            {
                null or { TrainedAt: null, RequestedAt: null } => "not_trained",
                { RequestedAt: { } requested } when m.TrainedAt is null || requested > m.TrainedAt => "training_requested",
                { Model: null } => "too_little_history",
                _ => "trained",
            },
            ["requested_at"] = m?.RequestedAt,
            ["trained_at"] = m?.TrainedAt,
            ["problem"] = m?.Problem,
            ["horizon_days"] = ChurnSignals.HorizonDays,
            ["signals"] = new JsonArray([.. ChurnSignals.Names.Select(n => (JsonNode?)n)]),
        };
        if (m?.Model is null)
        {
            return json;
        }

        json["evaluation"] = new JsonObject
        {
            ["method"] = "out_of_time",
            ["train_snapshots"] = new JsonObject { ["from"] = m.TrainFrom?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), ["step_days"] = ChurnTrainer.SnapshotStepDays, ["outcomes_known_by"] = m.Cutoff?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) },
            ["test_snapshot"] = m.Cutoff?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["test_outcomes_until"] = m.LabelsUntil?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["train_n"] = m.TrainRows,
            ["train_churned"] = m.TrainChurned,
            ["n"] = m.TestRows,
            ["churned"] = m.TestChurned,
            ["base_rate"] = m.TestRows > 0 ? Math.Round((double)m.TestChurned / m.TestRows, 4) : null,
            ["auc"] = m.Auc is { } auc ? Math.Round(auc, 4) : null,
            ["lift_top_decile"] = m.TopDecileLift is { } lift ? Math.Round(lift, 3) : null,
        };
        json["scored_customers"] = m.ScoredCustomers;
        if (m.Scaling is { } scaling)
        {
            var weights = ChurnScaling.FromJson(scaling).Weights;
            json["weights"] = new JsonObject(ChurnSignals.Names.Select((n, i) => KeyValuePair.Create(n, (JsonNode?)Math.Round(weights[i], 4))));
        }

        return json;
    }
}
