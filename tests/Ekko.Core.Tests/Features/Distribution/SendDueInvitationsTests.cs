using System.Text.Json.Nodes;
using Ekko.Core.Features.Customers;
using Ekko.Core.Features.Distribution;
using Ekko.Core.Features.Interactions;
using Ekko.Core.Features.Journeys;
using Ekko.Core.Features.Responses;
using Ekko.Core.Features.Surveys;
using Ekko.Core.Features.Workspaces;
using Ekko.Core.Formats;
using Ekko.TestSupport;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Time.Testing;

namespace Ekko.Core.Tests.Features.Distribution;

/// <summary>
/// From event to e-mail to answer, against a real SMTP server on 127.0.0.1 and a fake clock: a delivery event
/// triggers an invitation two days later, sent once, in the customer's language, with one-click scores; the
/// checks at sending time (consent, contact limit, quiet hours) and retries leave their reasons in the log.
/// </summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Reliability", "CA1001", Justification = "xunit disposes it through IAsyncLifetime.DisposeAsync")]
public sealed class SendDueInvitationsTests : IAsyncLifetime
{
    // Monday 2026-05-04 10:00 in Stockholm (08:00 UTC): not quiet hours.
    private readonly FakeTimeProvider clock = new(new DateTimeOffset(2026, 5, 4, 8, 0, 0, TimeSpan.Zero));
    private SmtpSink smtp = null!;
    private TestDatabase db = null!;
    private SurveyTokens tokens = null!;
    private Guid workspace;

    public async Task InitializeAsync()
    {
        smtp = new SmtpSink();
        db = await TestDatabase.CreateAsync();
        tokens = new SurveyTokens(new EphemeralDataProtectionProvider(), clock);
        workspace = (await new CreateWorkspace(db, clock).HandleAsync(new CreateWorkspaceCommand("Org", "Nordvik", "nordvik"), CancellationToken.None)).Value!.Id;
        Assert.Equal(CommandStatus.Ok, (await new CreateTouchpoint(db, clock).HandleAsync(new CreateTouchpointCommand(workspace, JsonNode.Parse(
            """{"key": "home-delivery", "name": "Home delivery", "stage": "after_purchase", "category": "interaction"}""")), CancellationToken.None)).Status);
        var survey = await new CreateSurveyFromTemplate(db, new CreateSurvey(db, clock)).HandleAsync(
            new CreateSurveyFromTemplateCommand(workspace, "relationship-nps", "post-delivery", null, "home-delivery"), CancellationToken.None);
        Assert.Equal(CommandStatus.Ok, survey.Status);
        await new ChangeSurveyStatus(db, new SurveyCache(db, clock), clock).HandleAsync(new ChangeSurveyStatusCommand(workspace, "post-delivery", SurveyStatus.Active), CancellationToken.None);
        var trigger = await new CreateSurveyTrigger(db, clock).HandleAsync(new CreateSurveyTriggerCommand(workspace, "post-delivery", JsonNode.Parse(
            """{"interaction_type": "order.delivered", "touchpoint": "home-delivery", "delay_hours": 48}""")), CancellationToken.None);
        Assert.Equal(CommandStatus.Ok, trigger.Status);
        await UpsertCustomerAsync("""{"id": "c-1", "name": "Anna Berg", "email": "anna@example.se", "language": "sv", "consent": {"surveys": true}}""");
        await UpsertCustomerAsync("""{"id": "c-2", "name": "Bo", "email": "bo@example.se", "consent": {"surveys": false}}""");
    }

    public async Task DisposeAsync()
    {
        await smtp.DisposeAsync();
        await db.DisposeAsync();
    }

    private async Task UpsertCustomerAsync(string json)
    {
        var result = await new UpsertCustomers(db, clock, db.WriteGate).HandleAsync(new UpsertCustomersCommand(workspace, [JsonNode.Parse(json)]), CancellationToken.None);
        Assert.True(result.Accepted);
    }

    private async Task DeliverAsync(string eventId, string customer, string campaign = "spring-sale")
    {
        var item = JsonNode.Parse($$"""{"id": "{{eventId}}", "type": "order.delivered", "touchpoint": "home-delivery", "customer_id": "{{customer}}", "occurred_at": "{{clock.GetUtcNow():O}}", "properties": {"campaign": "{{campaign}}"} }""");
        Assert.True((await new IngestInteractions(db, clock, db.WriteGate).HandleAsync(new IngestInteractionsCommand(workspace, [item]), CancellationToken.None)).Accepted);
    }

    private Task<SendDueInvitationsResult> SendAsync() =>
        new SendDueInvitations(db, tokens, new EmailSettings { Host = "127.0.0.1", Port = smtp.Port, Security = "none", FromAddress = "surveys@nordvik.example", PublicUrl = "https://feedback.example" }, clock)
            .HandleAsync(new SendDueInvitationsCommand(100), CancellationToken.None);

    private Task<IReadOnlyList<InvitationView>> LogAsync() =>
        new ListInvitations(db).HandleAsync(new ListInvitationsQuery(workspace, null, null, null), CancellationToken.None);

    [Fact]
    public async Task A_delivery_triggers_one_invitation_two_days_later_in_the_customers_language_with_one_click_scores()
    {
        await DeliverAsync("e-1", "c-1");
        await DeliverAsync("e-1", "c-1");
        Assert.Equal(0, (await SendAsync()).Sent);

        clock.Advance(TimeSpan.FromHours(48));
        Assert.Equal(1, (await SendAsync()).Sent);
        Assert.Equal(0, (await SendAsync()).Sent);

        var mail = Assert.Single(smtp.Messages);
        Assert.Equal("En snabb fråga från Nordvik", mail.Subject);
        Assert.Equal("anna@example.se", mail.To.Mailboxes.Single().Address);
        Assert.StartsWith("invitation-", mail.MessageId, StringComparison.Ordinal);
        Assert.Contains("https://feedback.example/u/", mail.Headers["List-Unsubscribe"], StringComparison.Ordinal);
        Assert.Contains("Hur troligt är det att du skulle rekommendera Nordvik", mail.HtmlBody, StringComparison.Ordinal);
        var links = System.Text.RegularExpressions.Regex.Matches(mail.TextBody!, @"https://feedback\.example/i/([A-Za-z0-9_-]+)\?score=(\d+)");
        Assert.Equal(Enumerable.Range(0, 11).Select(s => s.ToString(System.Globalization.CultureInfo.InvariantCulture)), links.Select(m => m.Groups[2].Value));

        var entry = Assert.Single(await LogAsync());
        Assert.Equal(InvitationStatus.Sent, entry.Status);
        Assert.Equal("sv", entry.Language);
        Assert.Contains("triggered by order.delivered (e-1)", entry.Reason, StringComparison.Ordinal);

        // One click on "3" in the e-mail is an answer, even if she goes no further: recorded as partial after a day.
        var token = links[3].Groups[1].Value;
        var screen = await new OpenInvitation(db, new SurveyCache(db, clock), tokens, clock).HandleAsync(new OpenInvitationQuery(token, 3, null, [], null), CancellationToken.None);
        Assert.Equal("why_detractor", screen.Question!.Id);
        clock.Advance(TimeSpan.FromHours(25));
        var recorder = new SessionRecorder(db, new IngestResponses(db, clock, db.WriteGate), db.WriteGate, clock);
        Assert.Equal(1, await new RecordIdleSessions(db, recorder, clock).HandleAsync(new RecordIdleSessionsCommand(TimeSpan.FromHours(24)), CancellationToken.None));
        var response = Assert.Single((await new ListResponses(db).HandleAsync(new ListResponsesQuery(workspace), CancellationToken.None)).Items);
        Assert.Equal(("nps", 3), ((string?)response["metric"], (int?)response["score"]));
        Assert.Equal("email", (string?)response["channel"]);
        Assert.Equal("c-1", (string?)response["customer_id"]);
        Assert.Equal("partial", (string?)response["attributes"]!["completion"]);
        Assert.Equal("spring-sale", (string?)response["attributes"]!["campaign"]);
        Assert.Equal(InvitationStatus.Answered, Assert.Single(await LogAsync()).Status);

        // The link now only thanks her; a forged token finds nothing.
        Assert.Equal(SurveyScreenKind.AlreadyAnswered, (await new OpenInvitation(db, new SurveyCache(db, clock), tokens, clock).HandleAsync(new OpenInvitationQuery(token, 9, null, [], null), CancellationToken.None)).Kind);
        Assert.Equal(SurveyScreenKind.NotFound, (await new OpenInvitation(db, new SurveyCache(db, clock), tokens, clock).HandleAsync(new OpenInvitationQuery(token[..^2] + "xx", 9, null, [], null), CancellationToken.None)).Kind);
    }

    [Fact]
    public async Task Consent_and_the_contact_limit_are_checked_when_sending_and_the_log_says_why()
    {
        await DeliverAsync("e-1", "c-1");
        await DeliverAsync("e-2", "c-2");
        clock.Advance(TimeSpan.FromHours(48));
        var first = await SendAsync();
        Assert.Equal((1, 1), (first.Sent, first.Skipped));

        clock.Advance(TimeSpan.FromDays(10));
        await DeliverAsync("e-3", "c-1");
        clock.Advance(TimeSpan.FromHours(48));
        Assert.Equal(1, (await SendAsync()).Skipped);

        var log = await LogAsync();
        Assert.Contains(log, i => i.Customer == "c-2" && i.Status == InvitationStatus.Skipped && i.Reason == "the customer has not consented to surveys");
        Assert.Contains(log, i => i.Customer == "c-1" && i.Status == InvitationStatus.Skipped
            && i.Reason!.StartsWith("contact limit: invited to 'post-delivery' on 2026-05-06, at most one invitation per 90 days", StringComparison.Ordinal));
        // The customer's timeline shows the skipped invitation and why, next to the delivery that triggered it.
        var timeline = (await new GetCustomerTimeline(db).HandleAsync(new GetCustomerTimelineQuery(workspace, "c-2"), CancellationToken.None))!.Items;
        Assert.Equal(["invitation", "interaction"], timeline.Select(e => e.Kind));
        Assert.Equal(("skipped", "the customer has not consented to surveys", "post-delivery"), (timeline[0].Status, timeline[0].Title, timeline[0].Survey));

        // Besides the first invitation, only its reminder (the template's four days) went out.
        Assert.Equal(["En snabb fråga från Nordvik", "Påminnelse: en snabb fråga från Nordvik"], smtp.Messages.Select(m => m.Subject));
    }

    [Fact]
    public async Task Quiet_hours_postpone_and_a_refusing_mail_server_is_retried_with_backoff()
    {
        clock.SetUtcNow(new DateTimeOffset(2026, 5, 4, 20, 30, 0, TimeSpan.Zero)); // 22:30 in Stockholm
        await new InviteCustomers(db, clock).HandleAsync(new InviteCustomersCommand(workspace, "post-delivery", JsonNode.Parse("""{"customers": ["c-1"]}""")), CancellationToken.None);
        Assert.Equal(1, (await SendAsync()).Postponed);
        var postponed = Assert.Single(await LogAsync());
        Assert.Equal(new DateTimeOffset(2026, 5, 5, 6, 0, 0, TimeSpan.Zero), postponed.DueAt); // 08:00 in Stockholm

        clock.SetUtcNow(new DateTimeOffset(2026, 5, 5, 6, 0, 0, TimeSpan.Zero));
        smtp.RefuseNext(1);
        Assert.Equal(1, (await SendAsync()).Retrying);
        var retrying = Assert.Single(await LogAsync());
        Assert.Equal((InvitationStatus.Scheduled, 1), (retrying.Status, retrying.Attempts));
        Assert.Contains("451", retrying.LastError, StringComparison.Ordinal);

        clock.Advance(TimeSpan.FromMinutes(2));
        Assert.Equal(1, (await SendAsync()).Sent);
        Assert.Single(smtp.Messages);

        // Unanswered after the template's four days: one reminder.
        clock.Advance(TimeSpan.FromDays(4));
        Assert.Equal(1, (await SendAsync()).Reminded);
        Assert.Equal(0, (await SendAsync()).Reminded);
        Assert.Equal("Påminnelse: en snabb fråga från Nordvik", smtp.Messages.Last().Subject);

        // Unanswered after the template's 14 days of validity, the link says it has expired.
        var token = System.Text.RegularExpressions.Regex.Match(smtp.Messages.First().TextBody!, @"/i/([A-Za-z0-9_-]+)\?score=").Groups[1].Value;
        var open = new OpenInvitation(db, new SurveyCache(db, clock), tokens, clock);
        Assert.Equal(SurveyScreenKind.Question, (await open.HandleAsync(new OpenInvitationQuery(token, null, null, [], null), CancellationToken.None)).Kind);
        clock.Advance(TimeSpan.FromDays(11));
        Assert.Equal(SurveyScreenKind.Expired, (await open.HandleAsync(new OpenInvitationQuery(token, 9, null, [], null), CancellationToken.None)).Kind);
    }

    [Fact]
    public async Task Two_senders_running_at_once_send_each_invitation_exactly_once()
    {
        var customers = Enumerable.Range(0, 30).Select(i => $$"""{"id": "p-{{i}}", "email": "p{{i}}@example.se", "consent": {"surveys": true} }""").ToList();
        foreach (var customer in customers)
        {
            await UpsertCustomerAsync(customer);
        }

        var invited = await new InviteCustomers(db, clock).HandleAsync(new InviteCustomersCommand(workspace, "post-delivery", JsonNode.Parse(
            $$"""{"customers": [{{string.Join(", ", Enumerable.Range(0, 30).Select(i => $"\"p-{i}\""))}}]}""")), CancellationToken.None);
        Assert.Equal(30, invited.Value!.Scheduled);

        // Two instances of the sender (as on two app servers sharing the database) claim from the same queue.
        var results = await Task.WhenAll(SendAsync(), SendAsync());

        Assert.Equal(30, results.Sum(r => r.Sent));
        Assert.Equal(30, smtp.Messages.Select(m => m.MessageId).Distinct().Count());
        Assert.Equal(30, smtp.Messages.Count);
        Assert.All(await LogAsync(), i => Assert.Equal(InvitationStatus.Sent, i.Status));
    }
}
