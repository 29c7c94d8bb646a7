using Microsoft.EntityFrameworkCore;
using System.Globalization;
using System.Text.Json.Nodes;
using Ekko.Core.Data;
using Ekko.Core.Features.Responses;
using Ekko.Core.Features.TextInsights;
using Ekko.Core.Features.Workspaces;
using Ekko.TestSupport;
using Microsoft.Extensions.Time.Testing;

namespace Ekko.Core.Tests.Features.TextInsights;

/// <summary>A fresh database with one workspace, a fake clock, and the pipeline's handlers wired as the app wires them.</summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Reliability", "CA1001", Justification = "xunit disposes it through IAsyncLifetime.DisposeAsync")]
public abstract class TextPipelineFixture : IAsyncLifetime
{
    /// <summary>One analyzer for all tests: building it is the slow part (lexicons, language tables).</summary>
    protected static readonly TextAnalyzers Analyzers = new();

    protected FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 3, 2, 12, 0, 0, TimeSpan.Zero));
    protected TestDatabase Db { get; private set; } = null!;
    protected Guid Workspace { get; private set; }

    public async Task InitializeAsync()
    {
        Db = await TestDatabase.CreateAsync();
        Workspace = await CreateWorkspaceAsync("nordvik");
    }

    public async Task DisposeAsync() => await Db.DisposeAsync();

    protected async Task<Guid> CreateWorkspaceAsync(string slug) =>
        (await new CreateWorkspace(Db, Clock).HandleAsync(new CreateWorkspaceCommand("Org", slug, slug), CancellationToken.None)).Value!.Id;

    protected AnalyzeComments Pipeline() => new(Db, Analyzers, Clock, Db.WriteGate);

    protected Task<AnalyzeCommentsResult> AnalyzeAsync(string owner = "instance-a", int max = 2000, int batch = 500) =>
        Pipeline().HandleAsync(new AnalyzeCommentsCommand(owner, max, batch), CancellationToken.None);

    /// <summary>Stores responses: (id, comment, language, submitted day offset from the clock's day).</summary>
    protected async Task IngestAsync(Guid workspace, params (string Id, string? Comment, string Language, int Day)[] responses)
    {
        var items = responses.Select(r =>
        {
            var item = new JsonObject
            {
                ["id"] = r.Id,
                ["survey"] = "post-delivery",
                ["submitted_at"] = Clock.GetUtcNow().AddDays(r.Day).ToString("O", CultureInfo.InvariantCulture),
                ["language"] = r.Language,
                ["metric"] = "nps",
                ["score"] = 5,
            };
            if (r.Comment is not null)
            {
                item["comment"] = r.Comment;
            }

            return (JsonNode?)item;
        }).ToList();
        for (var i = 0; i < items.Count; i += 1000)
        {
            var result = await new IngestResponses(Db, Clock, Db.WriteGate).HandleAsync(new IngestResponsesCommand(workspace, items.Skip(i).Take(1000).ToList()), CancellationToken.None);
            Assert.True(result.Accepted, string.Join("; ", result.Errors.Select(e => $"{e.Field}: {e.Message}")));
        }
    }

    protected Task IngestAsync(params (string Id, string? Comment, string Language, int Day)[] responses) => IngestAsync(Workspace, responses);

    protected async Task<List<CommentAnalysis>> AnalysesAsync(Guid? workspace = null)
    {
        await using var db = Db.CreateDbContext();
        var id = workspace ?? Workspace;
        return await db.CommentAnalyses.Where(a => a.WorkspaceId == id).ToListAsync();
    }

    protected async Task<Dictionary<string, (CommentAnalysis Analysis, string[] Themes)>> AnalysesByExternalIdAsync()
    {
        await using var db = Db.CreateDbContext();
        var rows = await (from a in db.CommentAnalyses
                          join r in db.Responses on a.ResponseId equals r.Id
                          where a.WorkspaceId == Workspace
                          select new { r.ExternalId, Analysis = a }).ToListAsync();
        var themes = await db.CommentThemes.Where(t => t.WorkspaceId == Workspace).ToListAsync();
        return rows.ToDictionary(r => r.ExternalId, r => (r.Analysis, themes.Where(t => t.ResponseId == r.Analysis.ResponseId).Select(t => t.ThemeId).Order(StringComparer.Ordinal).ToArray()));
    }

    protected async Task<TextPipeline> PipelineRowAsync()
    {
        await using var db = Db.CreateDbContext();
        return await db.TextPipelines.AsNoTracking().SingleAsync(p => p.WorkspaceId == Workspace);
    }

    /// <summary>Runs the pipeline until it says nothing is waiting.</summary>
    protected async Task<(int Analyzed, int Reanalyzed)> DrainAsync(string owner = "instance-a")
    {
        var (analyzed, reanalyzed) = (0, 0);
        for (var round = 0; round < 100; round++)
        {
            var result = await AnalyzeAsync(owner);
            analyzed += result.Analyzed;
            reanalyzed += result.Reanalyzed;
            if (!result.MoreWaiting)
            {
                return (analyzed, reanalyzed);
            }
        }

        throw new InvalidOperationException("the pipeline never caught up");
    }
}
