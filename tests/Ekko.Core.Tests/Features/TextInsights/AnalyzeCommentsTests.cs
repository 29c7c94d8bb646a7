using Ekko.Core.Features.Privacy;
using Ekko.Core.Features.TextInsights;
using Ekko.Core.Formats;
using Ekko.Text.Sentiment;
using Microsoft.EntityFrameworkCore;

namespace Ekko.Core.Tests.Features.TextInsights;

/// <summary>
/// The pipeline analyses every stored comment once, durably (the watermark lives in the database), never twice with
/// two instances, takes over a dead instance's lease only when it has expired, and re-analyses history after a
/// taxonomy change with its progress counted.
/// </summary>
public sealed class AnalyzeCommentsTests : TextPipelineFixture
{
    [Fact]
    public async Task Stored_comments_are_analysed_once_with_sentiment_themes_phrases_and_keyphrases()
    {
        await IngestAsync(
            ("r-1", "Paketet kom en vecka för sent och ingen svarade i chatten.", "sv", 0),
            ("r-2", "Great price but the delivery was painfully slow.", "en", 0),
            ("r-3", null, "sv", 0));

        var first = await AnalyzeAsync();
        var again = await AnalyzeAsync();

        Assert.Equal((2, 0, false), (first.Analyzed, first.Reanalyzed, first.MoreWaiting));
        Assert.Equal(0, again.Analyzed);
        var analyses = await AnalysesByExternalIdAsync();
        Assert.Equal(["r-1", "r-2"], analyses.Keys.Order(StringComparer.Ordinal));
        var (sv, svThemes) = analyses["r-1"];
        Assert.Equal(("sv", SentimentLabel.Negative, 1), (sv.Language, sv.Sentiment, sv.TaxonomyVersion));
        Assert.InRange(sv.Score, -1, -0.05);
        Assert.Contains("delivery", svThemes);
        Assert.Equal(Clock.GetUtcNow(), sv.AnalyzedAt);
        var phrases = System.Text.Json.JsonSerializer.Deserialize<SentimentPhrase[]>(sv.Phrases, EkkoJson.Options)!;
        Assert.NotEmpty(phrases);
        Assert.All(phrases, p => Assert.Equal(p.Text, "Paketet kom en vecka för sent och ingen svarade i chatten."[p.Start..(p.Start + p.Length)]));
        var (en, enThemes) = analyses["r-2"];
        Assert.Equal(SentimentLabel.Mixed, en.Sentiment);
        Assert.Equal(["delivery", "price"], enThemes);

        await using var db = Db.CreateDbContext();
        var themes = await db.CommentThemes.Where(t => t.ResponseId == en.ResponseId).ToDictionaryAsync(t => t.ThemeId);
        Assert.Equal(SentimentLabel.Positive, themes["price"].Sentiment);
        Assert.Equal(SentimentLabel.Negative, themes["delivery"].Sentiment);
    }

    [Fact]
    public async Task New_comments_are_picked_up_after_the_watermark_and_a_restart_repeats_nothing()
    {
        await IngestAsync(("r-1", "Snabb leverans, tack!", "sv", 0));
        Assert.Equal(1, (await AnalyzeAsync()).Analyzed);
        await IngestAsync(("r-2", "Kundtjänsten var otrevlig.", "sv", 0), ("r-1", "Snabb leverans, tack!", "sv", 0));

        // A new handler and context, as after a restart: all it knows comes from the database.
        var afterRestart = await new AnalyzeComments(Db, new TextAnalyzers(), Clock, Db.WriteGate)
            .HandleAsync(new AnalyzeCommentsCommand("instance-after-restart"), CancellationToken.None);

        Assert.Equal(1, afterRestart.Analyzed);
        Assert.Equal(2, (await AnalysesAsync()).Count);
        await using var db = Db.CreateDbContext();
        var changeSeq = await db.Workspaces.Where(w => w.Id == Workspace).Select(w => w.ChangeSeq).SingleAsync();
        Assert.Equal(changeSeq, (await PipelineRowAsync()).AnalyzedSeq);
        Assert.Null((await PipelineRowAsync()).LeaseOwner);
    }

    [Fact]
    public async Task Two_instances_working_at_once_analyse_every_comment_exactly_once()
    {
        var other = await CreateWorkspaceAsync("other");
        await IngestAsync([.. Enumerable.Range(0, 1200).Select(i => ($"r-{i}", i % 2 == 0 ? $"Leveransen tog {i} dagar, dåligt." : $"Trevlig personal i butik {i}.", "sv", 0))]);
        await IngestAsync(other, [.. Enumerable.Range(0, 300).Select(i => ($"o-{i}", "Bra pris!", "sv", 0))]);

        async Task<int> RunAsync(string owner)
        {
            var total = 0;
            for (var round = 0; round < 200; round++)
            {
                var result = await AnalyzeAsync(owner, max: 150, batch: 50);
                total += result.Analyzed;
                if (!result.MoreWaiting && result.Analyzed == 0)
                {
                    return total;
                }
            }

            return total;
        }

        var counts = await Task.WhenAll(Task.Run(() => RunAsync("instance-a")), Task.Run(() => RunAsync("instance-b")));

        Assert.Equal(1500, counts.Sum());
        Assert.Equal(1200, (await AnalysesAsync()).Count);
        Assert.Equal(300, (await AnalysesAsync(other)).Count);
    }

    [Fact]
    public async Task A_lease_held_by_another_instance_is_respected_until_it_expires()
    {
        await IngestAsync(("r-1", "Snabb leverans!", "sv", 0));
        await AnalyzeAsync(); // creates the pipeline row
        await IngestAsync(("r-2", "Lång kö i kassan.", "sv", 0));
        await using (var db = Db.CreateDbContext())
        {
            await db.TextPipelines.Where(p => p.WorkspaceId == Workspace).ExecuteUpdateAsync(s => s
                .SetProperty(p => p.LeaseOwner, "crashed-instance").SetProperty(p => p.LeaseUntil, Clock.GetUtcNow() + AnalyzeComments.Lease));
        }

        Assert.Equal(0, (await AnalyzeAsync("instance-b")).Analyzed);
        Clock.Advance(AnalyzeComments.Lease + TimeSpan.FromSeconds(1));
        Assert.Equal(1, (await AnalyzeAsync("instance-b")).Analyzed);
        Assert.Equal(2, (await AnalysesAsync()).Count);
    }

    [Fact]
    public async Task A_taxonomy_change_reanalyses_history_with_progress_and_new_comments_go_first()
    {
        await IngestAsync([.. Enumerable.Range(0, 30).Select(i => ($"r-{i}", i % 3 == 0 ? "Paketskåpet gick inte att öppna." : "Snabb leverans, tack!", "sv", 0))]);
        await DrainAsync();
        var taxonomy = (await new GetTaxonomy(Db, Analyzers, Db.WriteGate).HandleAsync(new GetTaxonomyQuery(Workspace), CancellationToken.None))!;
        var body = taxonomy.ToJson();
        body["themes"]!.AsArray().Add(System.Text.Json.Nodes.JsonNode.Parse("""{"id": "parcel_lockers", "name": "Parcel lockers", "rules": {"sv": ["paketskåp*"]}}"""));

        var saved = await new SetTaxonomy(Db, Analyzers, Db.WriteGate).HandleAsync(new SetTaxonomyCommand(Workspace, body), CancellationToken.None);
        await IngestAsync(("r-new", "Paketskåpet var trasigt.", "sv", 0));
        var progress = new GetReanalysisProgress(Db, Db.WriteGate);
        var before = await progress.HandleAsync(new GetReanalysisProgressQuery(Workspace), CancellationToken.None);
        var firstRound = await AnalyzeAsync(max: 11, batch: 10);
        var during = await progress.HandleAsync(new GetReanalysisProgressQuery(Workspace), CancellationToken.None);
        var rest = await DrainAsync();
        var after = await progress.HandleAsync(new GetReanalysisProgressQuery(Workspace), CancellationToken.None);

        Assert.Equal((CommandStatus.Ok, 2), (saved.Status, saved.Value!.Version));
        Assert.Equal(new ReanalysisProgress(2, 0, 30, false, 1), before);
        Assert.Equal((1, 10), (firstRound.Analyzed, firstRound.Reanalyzed));
        Assert.Equal(new ReanalysisProgress(2, 10, 30, false, 0), during);
        Assert.Equal((0, 20), rest);
        Assert.Equal(new ReanalysisProgress(2, 30, 30, true, 0), after);
        var analyses = await AnalysesByExternalIdAsync();
        Assert.All(analyses.Values, a => Assert.Equal(2, a.Analysis.TaxonomyVersion));
        Assert.Equal(11, analyses.Values.Count(a => a.Themes.Contains("parcel_lockers")));
    }

    [Fact]
    public async Task A_stale_taxonomy_version_is_a_conflict_and_changes_nothing()
    {
        var body = (await new GetTaxonomy(Db, Analyzers, Db.WriteGate).HandleAsync(new GetTaxonomyQuery(Workspace), CancellationToken.None))!.ToJson();
        var set = new SetTaxonomy(Db, Analyzers, Db.WriteGate);
        Assert.Equal(CommandStatus.Ok, (await set.HandleAsync(new SetTaxonomyCommand(Workspace, body.DeepClone()), CancellationToken.None)).Status);

        var stale = await set.HandleAsync(new SetTaxonomyCommand(Workspace, body), CancellationToken.None);

        Assert.Equal(CommandStatus.Conflict, stale.Status);
        Assert.Equal("version", Assert.Single(stale.Errors).Field);
        Assert.Equal(2, (await PipelineRowAsync()).TaxonomyVersion);
    }

    [Fact]
    public async Task Erasing_a_customer_erases_the_analyses_of_their_comments()
    {
        await new Core.Features.Customers.UpsertCustomers(Db, Clock, Db.WriteGate).HandleAsync(
            new Core.Features.Customers.UpsertCustomersCommand(Workspace, [System.Text.Json.Nodes.JsonNode.Parse("""{"id": "c-1", "name": "Anna"}""")]), CancellationToken.None);
        await new Core.Features.Responses.IngestResponses(Db, Clock, Db.WriteGate).HandleAsync(new Core.Features.Responses.IngestResponsesCommand(Workspace,
            [System.Text.Json.Nodes.JsonNode.Parse("""{"id": "r-anna", "survey": "s", "customer_id": "c-1", "submitted_at": "2026-03-01T10:00:00Z", "comment": "Jättebra service!"}""")]), CancellationToken.None);
        await IngestAsync(("r-other", "Bra pris.", "sv", 0));
        await DrainAsync();
        Assert.Equal(2, (await AnalysesAsync()).Count);

        await new EraseCustomer(Db, Clock, Db.WriteGate).HandleAsync(new EraseCustomerCommand(Workspace, "c-1"), CancellationToken.None);

        await using var db = Db.CreateDbContext();
        Assert.Equal(["r-other"], (await AnalysesByExternalIdAsync()).Keys);
        Assert.Equal(1, await db.CommentThemes.CountAsync(t => t.WorkspaceId == Workspace));
        Assert.Equal(0, (await AnalyzeAsync()).Analyzed);
    }

    [Fact]
    public async Task Responses_stored_before_change_numbers_existed_are_all_analysed_even_when_they_share_number_0()
    {
        await IngestAsync([.. Enumerable.Range(0, 120).Select(i => ($"r-{i}", "Bra pris!", "sv", 0))]);
        await using (var db = Db.CreateDbContext())
        {
            var first = await db.Responses.Where(r => r.WorkspaceId == Workspace).MinAsync(r => r.Seq);
            await db.Responses.Where(r => r.WorkspaceId == Workspace && r.Seq < first + 60).ExecuteUpdateAsync(s => s.SetProperty(r => r.Seq, 0L));
        }

        var rounds = 0;
        while ((await AnalyzeAsync(max: 50, batch: 25)).MoreWaiting)
        {
            rounds++;
        }

        Assert.Equal(120, (await AnalysesAsync()).Count);
        Assert.InRange(rounds, 2, 10);
    }

    [Fact]
    public async Task A_workspace_whose_work_fails_does_not_hold_up_the_others_and_is_retried()
    {
        var other = await CreateWorkspaceAsync("other");
        await IngestAsync(("r-1", "Bra pris!", "sv", 0));
        await IngestAsync(other, ("o-1", "Bra pris!", "sv", 0));
        await new GetTaxonomy(Db, Analyzers, Db.WriteGate).HandleAsync(new GetTaxonomyQuery(Workspace), CancellationToken.None); // creates the pipeline rows
        await using (var db = Db.CreateDbContext())
        {
            await db.TextPipelines.Where(p => p.WorkspaceId == Workspace).ExecuteUpdateAsync(s => s.SetProperty(p => p.Taxonomy, "{\"themes\": 3}"));
        }

        var broken = await AnalyzeAsync();
        await using (var db = Db.CreateDbContext())
        {
            await db.TextPipelines.Where(p => p.WorkspaceId == Workspace).ExecuteUpdateAsync(s => s.SetProperty(p => p.Taxonomy, (string?)null));
        }

        var repaired = await AnalyzeAsync();

        Assert.Equal(1, broken.Analyzed);
        Assert.Equal(Workspace, Assert.Single(broken.Failures).WorkspaceId);
        Assert.IsType<ArgumentException>(broken.Failures[0].Error);
        Assert.Single(await AnalysesAsync(other));
        Assert.Equal((1, 0), (repaired.Analyzed, repaired.Failures.Count));
        Assert.Null((await PipelineRowAsync()).LeaseOwner);
    }
}
