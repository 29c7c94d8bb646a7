using System.Text.Json.Nodes;
using Ekko.Analytics;
using Ekko.Core.Features.Cases;
using Ekko.Core.Features.Distribution;
using Ekko.Core.Features.Workspaces;
using Ekko.Core.Formats;
using Ekko.TestSupport;
using Microsoft.EntityFrameworkCore;

namespace Ekko.Core.Tests.Features.Cases;

/// <summary>What the web app's case pages read: a case by its number with the answer that opened it, who can take it, a reply before it is sent.</summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Reliability", "CA1001", Justification = "xunit disposes it through IAsyncLifetime.DisposeAsync")]
public sealed class CasePageQueriesTests : IAsyncLifetime
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

    [Fact]
    public async Task A_case_is_found_by_its_number_with_the_answer_that_opened_it()
    {
        await world.RespondAsync("""{"id": "r-7", "customer_id": "c-1", "touchpoint": "home-delivery", "metric": "nps", "score": 3, "comment": "The parcel came a week late.", "channel": "email"}""");
        var opened = (await world.InboxAsync()).Single();

        var file = await new GetCaseByNumber(world.Db, world.Clock).HandleAsync(new GetCaseByNumberQuery(world.Workspace, opened.Number), CancellationToken.None);

        Assert.Equal(opened.Id, file!.Detail.Case.Id);
        Assert.Equal(new CaseOpeningResponse("r-7", "post-delivery", Metric.Nps, 3, "The parcel came a week late.", "email", null, ClosedLoopWorld.Monday10), file.Response);
        Assert.Equal(["created"], file.Detail.Trail.Select(e => e.Kind));
        Assert.Null(await new GetCaseByNumber(world.Db, world.Clock).HandleAsync(new GetCaseByNumberQuery(world.Workspace, opened.Number + 1), CancellationToken.None));
        Assert.Null(await new GetCaseByNumber(world.Db, world.Clock).HandleAsync(new GetCaseByNumberQuery(Guid.NewGuid(), opened.Number), CancellationToken.None));
    }

    [Fact]
    public async Task A_hand_made_case_has_no_opening_answer_and_cases_by_id_stay_in_their_workspace()
    {
        var made = await new CreateCase(world.Db, world.Clock).HandleAsync(new CreateCaseCommand(world.Workspace, JsonNode.Parse("""{"title": "Called about a refund", "customer": "c-2"}"""), "user:agent1@nordvik.example"), CancellationToken.None);
        Assert.Equal(CommandStatus.Ok, made.Status);

        var file = await new GetCaseByNumber(world.Db, world.Clock).HandleAsync(new GetCaseByNumberQuery(world.Workspace, made.Value!.Case.Number), CancellationToken.None);
        Assert.Null(file!.Response);

        var byId = new ListCasesById(world.Db, world.Clock);
        Assert.Equal([made.Value.Case.Number], (await byId.HandleAsync(new ListCasesByIdQuery(world.Workspace, [made.Value.Case.Id, Guid.NewGuid()]), CancellationToken.None)).Select(c => c.Number));
        Assert.Empty(await byId.HandleAsync(new ListCasesByIdQuery(Guid.NewGuid(), [made.Value.Case.Id]), CancellationToken.None));
    }

    [Fact]
    public async Task Cases_go_to_members_who_work_cases_not_to_viewers()
    {
        await world.AddMemberAsync("viewer@nordvik.example", "Vera");
        await using (var db = world.Db.CreateDbContext())
        {
            var viewer = await db.Users.SingleAsync(u => u.Email == "viewer@nordvik.example");
            await db.Memberships.Where(m => m.UserId == viewer.Id).ExecuteUpdateAsync(u => u.SetProperty(m => m.Role, WorkspaceRole.Viewer));
        }

        var assignees = await new ListCaseAssignees(world.Db).HandleAsync(new ListCaseAssigneesQuery(world.Workspace), CancellationToken.None);

        Assert.Equal([new CaseAssignee("agent1@nordvik.example", "Agnes"), new CaseAssignee("agent2@nordvik.example", "Arvid")], assignees);
        Assert.Empty(await new ListCaseAssignees(world.Db).HandleAsync(new ListCaseAssigneesQuery(Guid.NewGuid()), CancellationToken.None));
    }

    [Fact]
    public async Task The_preview_of_a_reply_is_exactly_the_e_mail_that_is_sent()
    {
        await world.RespondAsync("""{"id": "r-1", "customer_id": "c-1", "touchpoint": "home-delivery", "metric": "nps", "score": 2}""");
        var opened = (await world.InboxAsync()).Single();
        foreach (var (language, subject, body) in new[] { ("en", "About your delivery", "Dear {{customer.name}}"), ("sv", "Om ärende {{case.number}}", "Hej {{customer.name}}! Hälsningar {{agent}}, {{workspace}}") })
        {
            Assert.Equal(CommandStatus.Ok, (await new SaveCaseReplyTemplate(world.Db).HandleAsync(new SaveCaseReplyTemplateCommand(world.Workspace, "apology", JsonNode.Parse(
                $$"""{"language": "{{language}}", "subject": "{{subject}}", "body": "{{body}}"}""")), CancellationToken.None)).Status);
        }

        var preview = await new PreviewCaseReply(world.Db).HandleAsync(new PreviewCaseReplyQuery(world.Workspace, opened.Id, "apology"), CancellationToken.None);
        var email = new EmailSettings { Host = "127.0.0.1", Port = smtp.Port, Security = "none", FromAddress = "kundservice@nordvik.example" };
        var sent = await new SendCaseReply(world.Db, email, world.Clock).HandleAsync(new SendCaseReplyCommand(world.Workspace, opened.Id, JsonNode.Parse("""{"template": "apology"}"""), "user:agent1@nordvik.example"), CancellationToken.None);

        Assert.Equal(CommandStatus.Ok, sent.Status);
        Assert.Equal(new CaseReplyText("anna@example.se", "Anna Berg", "Om ärende 1 [case #1]", "Hej Anna Berg! Hälsningar Agnes, Nordvik", "sv"), preview.Value);
        var mail = Assert.Single(smtp.Messages);
        Assert.Equal((preview.Value!.Subject, preview.Value.Body, preview.Value.To), (mail.Subject, mail.TextBody!.Trim(), mail.To.Mailboxes.Single().Address));
        var unknown = await new PreviewCaseReply(world.Db).HandleAsync(new PreviewCaseReplyQuery(world.Workspace, opened.Id, "thanks"), CancellationToken.None);
        Assert.Equal(("template", "this workspace has no reply template 'thanks'"), (unknown.Errors.Single().Field, unknown.Errors.Single().Message));
    }
}
