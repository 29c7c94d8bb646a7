using System.Data.Common;
using Ekko.Core.Data;
using Ekko.Core.Features.Metrics;
using Microsoft.EntityFrameworkCore;

namespace Ekko.Server.Hosting;

/// <summary>
/// Builds every workspace's metrics index in the background after start-up, so the first dashboard of the
/// day does not wait for it. Queries that come earlier build their workspace's index themselves.
/// </summary>
internal sealed partial class MetricsWarmUp(IDbContextFactory<EkkoDbContext> dbFactory, ResponseIndexes indexes, ILogger<MetricsWarmUp> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await using var db = await dbFactory.CreateDbContextAsync(stoppingToken);
            var workspaces = await db.Workspaces.Select(w => new { w.Id, w.Slug }).ToListAsync(stoppingToken);
            foreach (var workspace in workspaces)
            {
                var index = await indexes.CurrentAsync(workspace.Id, stoppingToken);
                Built(logger, workspace.Slug, index.Count, index.EstimatedBytes / 1048576.0);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down before the warm-up finished: queries build what is missing.
        }
        catch (Exception e) when (e is DbException or InvalidOperationException)
        {
            // Not fatal: each query builds its workspace's index on demand and reports its own errors.
            Failed(logger, e);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Metrics index of workspace {Workspace}: {Answers} answers, {Megabytes:F1} MB")]
    private static partial void Built(ILogger logger, string workspace, long answers, double megabytes);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Building the metrics indexes at start-up failed; queries will build them on demand")]
    private static partial void Failed(ILogger logger, Exception exception);
}
