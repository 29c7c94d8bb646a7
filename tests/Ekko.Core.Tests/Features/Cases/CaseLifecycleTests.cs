using System.Text.Json.Nodes;
using Ekko.Core.Features.Cases;
using Ekko.Core.Features.Distribution;
using Ekko.Core.Features.Integrations;
using Ekko.Core.Features.Surveys;
using Ekko.Core.Formats;
using Ekko.TestSupport;
using Microsoft.EntityFrameworkCore;

namespace Ekko.Core.Tests.Features.Cases;

/// <summary>Working a case from the inbox to resolution: changes with their audit trail, notes, an e-mail reply, SLA warnings and breaches, a follow-up survey.</summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Reliability", "CA1001", Justification = "xunit disposes it through IAsyncLifetime.DisposeAsync")]
public sealed class CaseLifecycleTests : IAsyncLifetime
{
    private ClosedLoopWorld world = null!;
    private SmtpSink smtp = null!;

    public async Task InitializeAsync()
    {
        world = await ClosedLoopWorld.CreateAsync();
        smtp = new SmtpSink();
        await world.AddRuleAsync("""{"name": "detractors", "metric": "nps", "max_score": 6}""");
    }

    public async Task DisposeAsync()
    {
        await smtp.DisposeAsync();
        await world.DisposeAsync();
    }

    private async Task<CaseView> DetractorCaseAsync(string customer = "c-1", string id = "r-1")
    {
        await world.RespondAsync($$"""{"id": "{{id}}", "customer_id": "{{customer}}", "touchpoint": "home-delivery", "metric": "nps", "score": 2}""");
        return (await world.InboxAsync(new ListCasesQuery(world.Workspace, [], Customer: customer))).Single();
    }

    private Task<WatchCaseSlasResult> WatchAsync() => new WatchCaseSlas(world.Db, world.Clock).HandleAsync(new WatchCaseSlasCommand(), CancellationToken.None);

    [Fact]
    public async Task An_agent_works_a_case_to_resolution_and_every_change_is_in_the_trail()
    {
        var opened = await DetractorCaseAsync();
        world.Clock.Advance(TimeSpan.FromMinutes(5));

        var taken = await world.UpdateAsync(opened.Id, """{"status": "in_progress", "assignee": "agent2@nordvik.example", "priority": "high", "version": 0}""", "user:agent2@nordvik.example");
        Assert.Equal(CommandStatus.Ok, taken.Status);
        var stale = await world.UpdateAsync(opened.Id, """{"priority": "low", "version": 0}""");
        Assert.Equal(CommandStatus.Conflict, stale.Status);
        var early = await world.UpdateAsync(opened.Id, """{"status": "resolved"}""");
        Assert.Equal("a case is resolved with a resolution_code", Assert.Single(early.Errors).Message);
        var noted = await new AddCaseNote(world.Db, world.Clock).HandleAsync(new AddCaseNoteCommand(world.Workspace, opened.Id, JsonNode.Parse(
            """{"text": "Called Anna, the parcel was left at the wrong address.", "contact": "phone"}"""), "user:agent2@nordvik.example"), CancellationToken.None);
        Assert.Equal(world.Clock.GetUtcNow(), noted.Value!.Case.FirstContactAt);
        var resolved = await world.UpdateAsync(opened.Id, """{"status": "resolved", "resolution_code": "redelivered", "root_cause": "wrong-address"}""", "user:agent2@nordvik.example");

        var detail = resolved.Value!;
        Assert.Equal((CaseStatus.Resolved, "agent2@nordvik.example", CasePriority.High, "redelivered", "wrong-address", 3), (detail.Case.Status, detail.Case.Assignee, detail.Case.Priority, detail.Case.ResolutionCode, detail.Case.RootCause, detail.Case.Version));
        Assert.Null(detail.Case.Sla);
        Assert.Equal(
            ["created", "priority normal>high", "assignee agent1@nordvik.example>agent2@nordvik.example", "status new>in_progress", "note", "contact", "resolution_code >redelivered", "root_cause >wrong-address", "status in_progress>resolved"],
            detail.Trail.Select(e => e.Kind is "note" or "contact" or "created" ? e.Kind : $"{e.Kind} {e.From}>{e.To}"));
        Assert.All(detail.Trail.Skip(1), e => Assert.Equal("user:agent2@nordvik.example", e.Actor));
        Assert.Equal([CaseStatus.Closed, CaseStatus.Reopened], detail.Case.NextStatuses);
        Assert.Empty(await world.InboxAsync());
        Assert.Single(await world.InboxAsync(new ListCasesQuery(world.Workspace, [CaseStatus.Resolved])));
    }

    [Fact]
    public async Task A_reply_goes_to_the_customer_from_the_template_in_their_language_and_is_the_first_contact()
    {
        var opened = await DetractorCaseAsync();
        foreach (var (language, subject, body) in new[] { ("en", "About your delivery", "Dear {{customer.name}}, ..."), ("sv", "Om din leverans", "Hej {{customer.name}}! Vi beklagar. Hälsningar {{agent}}, {{workspace}}") })
        {
            var saved = await new SaveCaseReplyTemplate(world.Db).HandleAsync(new SaveCaseReplyTemplateCommand(world.Workspace, "apology", JsonNode.Parse(
                $$"""{"language": "{{language}}", "subject": "{{subject}}", "body": "{{body}}"}""")), CancellationToken.None);
            Assert.Equal(CommandStatus.Ok, saved.Status);
        }

        var email = new EmailSettings { Host = "127.0.0.1", Port = smtp.Port, Security = "none", FromAddress = "kundservice@nordvik.example" };
        var result = await new SendCaseReply(world.Db, email, world.Clock).HandleAsync(new SendCaseReplyCommand(world.Workspace, opened.Id, JsonNode.Parse("""{"template": "apology"}"""), "user:agent1@nordvik.example"), CancellationToken.None);

        Assert.Equal(CommandStatus.Ok, result.Status);
        var mail = Assert.Single(smtp.Messages);
        Assert.Equal("Om din leverans [case #1]", mail.Subject);
        Assert.Equal("anna@example.se", mail.To.Mailboxes.Single().Address);
        Assert.Equal("Hej Anna Berg! Vi beklagar. Hälsningar Agnes, Nordvik", mail.TextBody!.Trim());
        Assert.Equal(world.Clock.GetUtcNow(), result.Value!.Case.FirstContactAt);
        Assert.Equal(["created", "reply", "contact"], result.Value.Trail.Select(e => e.Kind));
        Assert.StartsWith("Om din leverans [case #1]\n\nHej Anna Berg!", result.Value.Trail[1].Text!, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Warnings_and_breaches_are_raised_once_in_business_time_even_with_two_watchers()
    {
        await new UpdateCaseSettings(world.Db).HandleAsync(new UpdateCaseSettingsCommand(world.Workspace, JsonNode.Parse(
            """{"first_contact_hours": 2, "resolution_hours": 8, "warn_before_hours": 1}""")), CancellationToken.None);
        Assert.Equal(CommandStatus.Ok, (await new CreateWebhook(world.Db, world.Clock).HandleAsync(new CreateWebhookCommand(world.Workspace, JsonNode.Parse(
            """{"url": "https://hooks.example/ekko", "events": ["case.sla_breached"]}""")), CancellationToken.None)).Status);
        // Friday 8 May 16:30 local: first contact due Monday 10:30 (0.5 + 1.5 h), resolution due Monday 16:30 (0.5 + 7.5 h).
        world.Clock.SetUtcNow(new DateTimeOffset(2026, 5, 8, 14, 30, 0, TimeSpan.Zero));
        var opened = await DetractorCaseAsync();
        Assert.Equal(new DateTimeOffset(2026, 5, 11, 8, 30, 0, TimeSpan.Zero), opened.FirstContactDueAt);
        Assert.Equal(new DateTimeOffset(2026, 5, 11, 14, 30, 0, TimeSpan.Zero), opened.ResolutionDueAt);

        world.Clock.SetUtcNow(new DateTimeOffset(2026, 5, 10, 20, 0, 0, TimeSpan.Zero)); // Sunday night: nothing is due in business time
        Assert.Equal(new WatchCaseSlasResult(0, 0), await WatchAsync());
        world.Clock.SetUtcNow(new DateTimeOffset(2026, 5, 11, 7, 45, 0, TimeSpan.Zero)); // Monday 09:45, past the 09:30 warning
        var both = await Task.WhenAll(WatchAsync(), new WatchCaseSlas(world.Db, world.Clock).HandleAsync(new WatchCaseSlasCommand(), CancellationToken.None));
        Assert.Equal(1, both.Sum(r => r.Warnings));
        Assert.Equal("at_risk", (await world.CaseAsync(opened.Id)).Case.Sla);
        world.Clock.SetUtcNow(new DateTimeOffset(2026, 5, 11, 8, 30, 0, TimeSpan.Zero)); // Monday 10:30: first contact breached
        Assert.Equal(new WatchCaseSlasResult(0, 1), await WatchAsync());
        Assert.Equal(new WatchCaseSlasResult(0, 0), await WatchAsync());
        Assert.Single(await world.InboxAsync(new ListCasesQuery(world.Workspace, [], Sla: "breached")));
        Assert.Empty(await world.InboxAsync(new ListCasesQuery(world.Workspace, [], Sla: "on_track")));

        var trail = (await world.CaseAsync(opened.Id)).Trail;
        Assert.Equal(["created", "sla_warning first_contact", "sla_breach first_contact"], trail.Select(e => e.Kind == "created" ? e.Kind : $"{e.Kind} {e.To}"));
        Assert.Equal("first contact was due 2026-05-11 08:30 UTC", trail[2].Text);
        await using var db = world.Db.CreateDbContext();
        var breach = JsonNode.Parse(Assert.Single(await db.WebhookDeliveries.ToListAsync()).Payload)!;
        Assert.Equal(("case.sla_breached", "first_contact", 1), ((string)breach["type"]!, (string)breach["data"]!["sla"]!, (int)breach["data"]!["number"]!));
    }

    [Fact]
    public async Task Bulk_changes_apply_to_all_or_none_and_a_resolved_case_can_get_a_follow_up_survey()
    {
        var anna = await DetractorCaseAsync("c-1", "r-1");
        var bo = await DetractorCaseAsync("c-2", "r-2");
        var bulk = new BulkUpdateCases(world.Db, world.Clock);

        var refused = await bulk.HandleAsync(new BulkUpdateCasesCommand(world.Workspace, JsonNode.Parse($$"""{"cases": ["{{anna.Id}}", "{{bo.Id}}"], "status": "reopened"}"""), "api-key:test"), CancellationToken.None);
        Assert.Equal(CommandStatus.Invalid, refused.Status);
        Assert.StartsWith("case #1: a new case cannot become reopened", refused.Errors[0].Message, StringComparison.Ordinal);
        var done = await bulk.HandleAsync(new BulkUpdateCasesCommand(world.Workspace, JsonNode.Parse(
            $$"""{"cases": ["{{anna.Id}}", "{{bo.Id}}"], "status": "closed", "resolution_code": "duplicate", "team": null}"""), "api-key:test"), CancellationToken.None);
        Assert.Equal(2, done.Value!.Changed);
        Assert.Empty(await world.InboxAsync());

        var survey = await new CreateSurveyFromTemplate(world.Db, new CreateSurvey(world.Db, world.Clock)).HandleAsync(
            new CreateSurveyFromTemplateCommand(world.Workspace, "relationship-nps", "after-case", null, null), CancellationToken.None);
        Assert.Equal(CommandStatus.Ok, survey.Status);
        var followUp = await new SendCaseFollowUpSurvey(world.Db, world.Clock).HandleAsync(new SendCaseFollowUpSurveyCommand(
            world.Workspace, anna.Id, JsonNode.Parse("""{"survey": "after-case"}"""), "api-key:test"), CancellationToken.None);
        Assert.Equal(CommandStatus.Ok, followUp.Status);
        await using var db = world.Db.CreateDbContext();
        var invitation = await db.Invitations.SingleAsync();
        Assert.Equal(("follow-up to case #1", InvitationStatus.Scheduled, world.Clock.GetUtcNow()), (invitation.Reason, invitation.Status, invitation.DueAt));
        Assert.Equal("follow_up_survey", (await world.CaseAsync(anna.Id)).Trail[^1].Kind);
    }

    [Fact]
    public async Task Cases_opened_by_hand_and_from_alerts_get_numbers_and_an_alert_opens_only_one()
    {
        var create = new CreateCase(world.Db, world.Clock);
        var byHand = await create.HandleAsync(new CreateCaseCommand(world.Workspace, JsonNode.Parse(
            """{"title": "Anna called about her refund", "customer": "c-1", "team": "delivery"}"""), "user:agent1@nordvik.example"), CancellationToken.None);
        var alert = """{"title": "NPS at home-delivery dropped 14 points", "alert": "alert-42", "touchpoint": "home-delivery", "priority": "urgent"}""";
        var fromAlert = await create.HandleAsync(new CreateCaseCommand(world.Workspace, JsonNode.Parse(alert), "system"), CancellationToken.None);
        var again = await create.HandleAsync(new CreateCaseCommand(world.Workspace, JsonNode.Parse(alert), "system"), CancellationToken.None);
        var unknown = await create.HandleAsync(new CreateCaseCommand(world.Workspace, JsonNode.Parse("""{"title": "x", "customer": "c-404", "assignee": "nobody@example"}"""), "system"), CancellationToken.None);

        Assert.Equal((1L, CaseSource.Manual, "agent1@nordvik.example"), (byHand.Value!.Case.Number, byHand.Value.Case.Source, byHand.Value.Case.Assignee));
        Assert.Equal((2L, CaseSource.Alert, "alert-42", "agent2@nordvik.example"), (fromAlert.Value!.Case.Number, fromAlert.Value.Case.Source, fromAlert.Value.Case.Alert, fromAlert.Value.Case.Assignee));
        Assert.Equal(fromAlert.Value.Case.Id, again.Value!.Case.Id);
        Assert.Equal(["customer", "assignee"], unknown.Errors.Select(e => e.Field));
    }

    [Fact]
    public async Task While_the_case_waits_for_the_customer_its_resolution_clock_raises_nothing()
    {
        var opened = await DetractorCaseAsync(); // Monday 10:00 local: resolution due next Monday 10:00
        Assert.Equal(CommandStatus.Ok, (await world.UpdateAsync(opened.Id, """{"status": "waiting_for_customer"}""")).Status);

        world.Clock.SetUtcNow(new DateTimeOffset(2026, 5, 12, 8, 0, 0, TimeSpan.Zero)); // a week later, Tuesday 10:00 local
        Assert.Equal(new WatchCaseSlasResult(0, 0), await WatchAsync());
        Assert.Single(await world.InboxAsync(new ListCasesQuery(world.Workspace, [], Sla: "paused")));
        Assert.Empty(await world.InboxAsync(new ListCasesQuery(world.Workspace, [], Sla: "breached")));

        // The customer answers: 40 business hours were left, so it is due Tuesday 10:00 local the week after.
        var resumed = await world.UpdateAsync(opened.Id, """{"status": "in_progress"}""");
        Assert.Equal(new DateTimeOffset(2026, 5, 19, 8, 0, 0, TimeSpan.Zero), resumed.Value!.Case.ResolutionDueAt);
        Assert.Equal("on_track", resumed.Value.Case.Sla);
    }
}
