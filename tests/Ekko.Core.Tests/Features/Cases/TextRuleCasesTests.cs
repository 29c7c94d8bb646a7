using Ekko.Core.Features.TextInsights;
using Microsoft.EntityFrameworkCore;

namespace Ekko.Core.Tests.Features.Cases;

/// <summary>Rules on sentiment and themes open cases when the text pipeline stores a comment's analysis, once.</summary>
public sealed class TextRuleCasesTests : IAsyncLifetime
{
    private static readonly TextAnalyzers Analyzers = new();
    private ClosedLoopWorld world = null!;

    public async Task InitializeAsync()
    {
        world = await ClosedLoopWorld.CreateAsync();
        await world.AddRuleAsync("""{"name": "negative on delivery", "position": 1, "sentiment": "negative", "theme": "delivery", "priority": "high"}""");
    }

    public async Task DisposeAsync() => await world.DisposeAsync();

    private async Task<int> AnalyzeAsync(string owner = "instance-a") =>
        (await new AnalyzeComments(world.Db, Analyzers, world.Clock, world.Db.WriteGate).HandleAsync(new AnalyzeCommentsCommand(owner), CancellationToken.None)).Analyzed;

    [Fact]
    public async Task A_comment_negative_about_delivery_opens_one_case_when_it_is_analysed_not_before_and_not_twice()
    {
        await world.RespondAsync(
            """{"id": "r-1", "customer_id": "c-1", "language": "en", "touchpoint": "home-delivery", "metric": "csat", "score": 4, "comment": "Great phone, but the delivery was terrible: the parcel came a week late."}""",
            """{"id": "r-2", "customer_id": "c-2", "language": "en", "touchpoint": "home-delivery", "metric": "csat", "score": 5, "comment": "Fast delivery, the parcel came the next day. Very happy!"}""");
        Assert.Empty(await world.InboxAsync());

        Assert.Equal(2, await AnalyzeAsync());

        var opened = Assert.Single(await world.InboxAsync());
        Assert.Equal(("c-1", "r-1", "negative on delivery", Ekko.Core.Features.Cases.CasePriority.High, "delivery"), (opened.Customer, opened.Response, opened.Rule, opened.Priority, opened.Team));
        var created = Assert.Single((await world.CaseAsync(opened.Id)).Trail);
        Assert.Equal("rule 'negative on delivery': negative about theme delivery (response r-1)", created.Text);

        // Another instance, a restart: the watermark has moved past these comments.
        Assert.Equal(0, await AnalyzeAsync("instance-b"));
        Assert.Single(await world.InboxAsync());

        // The same customer complains again within the period: the complaint joins the open case's trail.
        await world.RespondAsync("""{"id": "r-3", "customer_id": "c-1", "language": "en", "touchpoint": "home-delivery", "metric": "csat", "score": 1, "comment": "The delivery was awful again, the parcel is late and the driver was rude."}""");
        Assert.Equal(1, await AnalyzeAsync());
        Assert.Single(await world.InboxAsync());
        var trail = (await world.CaseAsync(opened.Id)).Trail;
        Assert.Equal(["created", "response_linked"], trail.Select(t => t.Kind));
        await using var db = world.Db.CreateDbContext();
        Assert.Equal(1, await db.Cases.CountAsync(c => c.WorkspaceId == world.Workspace));
    }
}
