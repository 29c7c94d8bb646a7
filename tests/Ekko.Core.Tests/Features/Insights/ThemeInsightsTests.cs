using Ekko.Analytics;
using Ekko.Analytics.Insights;
using Ekko.Core.Features.Insights;
using Ekko.Core.Features.Responses;
using Ekko.Core.Features.TextInsights;
using Ekko.Core.Features.Workspaces;
using Ekko.TestSupport;
using Ekko.Text.Sentiment;
using Microsoft.Extensions.Time.Testing;

namespace Ekko.Core.Tests.Features.Insights;

/// <summary>Themes as priorities and as drivers, read from stored responses and their comments' themes.</summary>
public sealed class ThemeInsightsTests : IAsyncLifetime
{
    private static readonly DateTimeOffset March = new(2026, 3, 10, 12, 0, 0, TimeSpan.Zero);
    private readonly FakeTimeProvider clock = new(March);
    private TestDatabase db = null!;
    private Guid workspace;
    private Guid otherWorkspace;
    private int next;

    public async Task InitializeAsync()
    {
        db = await TestDatabase.CreateAsync();
        workspace = (await new CreateWorkspace(db, clock).HandleAsync(new CreateWorkspaceCommand("Org", "shop", "shop"), CancellationToken.None)).Value!.Id;
        otherWorkspace = (await new CreateWorkspace(db, clock).HandleAsync(new CreateWorkspaceCommand("Org2", "other", "other"), CancellationToken.None)).Value!.Id;
    }

    public async Task DisposeAsync() => await db.DisposeAsync();

    [Fact]
    public async Task Theme_priorities_compare_each_theme_with_all_other_answers_of_the_period()
    {
        // The answers of ThemePrioritiesTests (Ekko.Analytics), stored: delivery's impact 43.85 [23.38, 64.32] with 6 negative mentions.
        for (var i = 0; i < 4; i++)
        {
            await AddAsync(workspace, March, 2, ("delivery", SentimentLabel.Negative), ("customer_service", SentimentLabel.Negative));
        }

        await AddAsync(workspace, March, 5, ("delivery", SentimentLabel.Negative));
        await AddAsync(workspace, March, 5, ("delivery", SentimentLabel.Negative));
        await AddAsync(workspace, March, 10, ("delivery", SentimentLabel.Positive));
        await AddAsync(workspace, March, 9, ("price", SentimentLabel.Positive));
        await AddAsync(workspace, March, 9, ("price", SentimentLabel.Neutral));
        await AddAsync(workspace, March, 8, ("price", SentimentLabel.Negative));
        foreach (var score in new[] { 10, 10, 10, 10, 10, 10, 8, 8, 8, 4 })
        {
            await AddAsync(workspace, March, score);
        }

        // Outside the period, and in another workspace: not counted.
        await AddAsync(workspace, March.AddDays(-40), 0, ("price", SentimentLabel.Negative));
        await AddAsync(otherWorkspace, March, 0, ("price", SentimentLabel.Negative));

        var ranked = await new RankThemePriorities(db).HandleAsync(
            new RankThemePrioritiesQuery(workspace, Metric.Nps, new Period(new(2026, 3, 1), new(2026, 3, 31))), CancellationToken.None);

        Assert.Equal(["delivery", "customer_service", "price"], ranked.Select(t => t.Priority.Value));
        Assert.Equal((7L, 6L), (ranked[0].Priority.N, ranked[0].NegativeMentions));
        Assert.Equal(43.846154, ranked[0].Priority.Impact, 5);
        Assert.Equal(23.375121, ranked[0].Priority.Ci95.Low, 5);
        Assert.Equal((3L, 1L, 0.15), (ranked[2].Priority.N, ranked[2].NegativeMentions, ranked[2].Priority.Share));

        var json = PrioritiesJson.WriteThemes(Metric.Nps, ranked);
        Assert.Equal("theme", (string?)json["by"]);
        var first = json["priorities"]![0]!;
        Assert.Equal(("delivery", 43.85, 6L, 1), ((string?)first["key"], (double)first["impact"]!, (long)first["negative_mentions"]!, (int)first["rank_by_negative_mentions"]!));
    }

    [Fact]
    public async Task Drivers_with_themes_add_an_indicator_per_theme_over_the_analysed_responses_only()
    {
        // 60 analysed comments: 20 about delivery score 2, the other 40 score 10 or 8; 20 responses without a comment
        // score 0 and are left out. theme=delivery against the score: r = -93.33 / sqrt(13.33 x 693.33) = -0.9707.
        for (var i = 0; i < 20; i++)
        {
            await AddAsync(workspace, March, 2, ("delivery", SentimentLabel.Negative));
            await AddAsync(workspace, March, 10, ("product_quality", SentimentLabel.Positive));
            await AddAsync(workspace, March, 8, []);
            await AddAsync(workspace, March, 0);
        }

        var drivers = new AnalyzeDrivers(db);
        var withThemes = await drivers.HandleAsync(new AnalyzeDriversQuery(workspace, Metric.Nps, new(2026, 3, 1), new(2026, 3, 31), null, Themes: true), CancellationToken.None);
        var without = await drivers.HandleAsync(new AnalyzeDriversQuery(workspace, Metric.Nps, new(2026, 3, 1), new(2026, 3, 31), null), CancellationToken.None);

        Assert.Equal(60, (int)withThemes["n"]!);
        var names = withThemes["drivers"]!.AsArray().Select(d => (string?)d!["driver"]).ToList();
        Assert.Equal(["theme=delivery", "theme=product_quality"], names.Order());
        var delivery = withThemes["drivers"]!.AsArray().Single(d => (string?)d!["driver"] == "theme=delivery")!;
        Assert.Equal("indicator", (string?)delivery["kind"]);
        Assert.Equal(-0.971, (double)delivery["correlation"]!);
        Assert.Equal(80, (int)without["n"]!);
        Assert.Empty(without["drivers"]!.AsArray());
    }

    /// <summary>A scored NPS response; with <paramref name="themes"/> (even none) its comment was analysed and found them.</summary>
    private Task AddAsync(Guid workspaceId, DateTimeOffset at, int score, params (string Theme, SentimentLabel Sentiment)[] themes) =>
        AddCoreAsync(workspaceId, at, score, themes);

    private Task AddAsync(Guid workspaceId, DateTimeOffset at, int score) => AddCoreAsync(workspaceId, at, score, null);

    private async Task AddCoreAsync(Guid workspaceId, DateTimeOffset at, int score, (string Theme, SentimentLabel Sentiment)[]? themes)
    {
        await using var context = db.CreateDbContext();
        var response = new Response
        {
            WorkspaceId = workspaceId, ExternalId = $"r-{++next}", Survey = "relationship", SubmittedAt = at, ReceivedAt = at,
            Metric = Metric.Nps, Score = score, Comment = themes is null ? null : "a comment",
        };
        context.Responses.Add(response);
        if (themes is not null)
        {
            context.CommentAnalyses.Add(new CommentAnalysis { ResponseId = response.Id, WorkspaceId = workspaceId, SubmittedAt = at, Language = "en", AnalyzedAt = at });
            foreach (var (theme, sentiment) in themes)
            {
                context.CommentThemes.Add(new CommentTheme { ResponseId = response.Id, WorkspaceId = workspaceId, SubmittedAt = at, ThemeId = theme, Sentiment = sentiment });
            }
        }

        await context.SaveChangesAsync();
    }
}
