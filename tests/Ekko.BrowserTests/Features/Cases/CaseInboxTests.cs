using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Ekko.Analytics;
using Ekko.Core.Features.Cases;
using Ekko.Core.Features.Responses;
using Ekko.Core.Features.Workspaces;
using Ekko.Core.Formats;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Ekko.BrowserTests.Features.Cases;

/// <summary>
/// The case inbox and a case worked to resolution on the demo data, by an agent: the demo has no case rules, so
/// the cases are opened here the way an alert or a person would (CreateCase) for real detractor answers.
/// </summary>
[Collection(DemoAppTests.Name)]
public sealed partial class CaseInboxTests(DemoBrowserApp app)
{
    [Fact]
    public async Task An_agent_works_a_case_from_the_inbox_to_resolution()
    {
        const string agentEmail = "agent.cases@browser.example";
        var workspace = await WorkspaceIdAsync();
        await AddMemberAsync(agentEmail, WorkspaceRole.Agent);
        await SaveTemplatesAsync();
        var (opened, answer) = await OpenCaseForADetractorAsync("The parcel came a week late", skip: 0);
        var number = opened.Case.Number;

        var page = await app.SignedInPageAsync(agentEmail, "agent.cases long password");
        await page.WaitForURLAsync(new Regex("/w/nordvik/cases$"));
        await page.GotoAsync($"{app.BaseUrl}/w/nordvik/cases?assignee=none");
        await BrowserApp.WaitForInteractiveAsync(page);
        var row = page.Locator($"tr[data-case='{number}']");
        await Assertions.Expect(row).ToContainTextAsync("On track");
        await Assertions.Expect(row).ToContainTextAsync("High");
        await Assertions.Expect(row.Locator(".ekko-sla-on-track")).ToHaveCountAsync(1);
        await Assertions.Expect(page.GetByText("Europe/Stockholm, the workspace's time zone")).ToBeVisibleAsync();
        await BrowserApp.AssertAccessibleAsync(page);
        await BrowserApp.ScreenshotAsync(page, "cases-inbox");

        // Filters go into the address.
        await page.GetByLabel("SLA", new() { Exact = true }).SelectOptionAsync("on_track");
        await page.WaitForURLAsync(new Regex("assignee=none&sla=on_track$"));
        await Assertions.Expect(row).ToBeVisibleAsync();
        await page.GetByLabel("SLA", new() { Exact = true }).SelectOptionAsync("breached");
        await page.WaitForURLAsync(new Regex("sla=breached$"));
        await Assertions.Expect(row).ToHaveCountAsync(0);
        await page.GetByLabel("SLA", new() { Exact = true }).SelectOptionAsync("");

        // The case: what the customer said, and a link to them.
        await row.GetByRole(AriaRole.Link).ClickAsync();
        await page.WaitForURLAsync(new Regex($"/w/nordvik/cases/{number}$"));
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync($"Case #{number}: The parcel came a week late");
        await Assertions.Expect(page.Locator(".ekko-comment")).ToHaveTextAsync((string)answer["comment"]!);
        await Assertions.Expect(page.Locator(".ekko-score")).ToHaveTextAsync($"NPS {(int)answer["score"]!}");
        await Assertions.Expect(page.Locator($"a[href='/w/nordvik/customers/{(string)answer["customer_id"]!}']")).ToBeVisibleAsync();
        await BrowserApp.AssertAccessibleAsync(page);
        await BrowserApp.ScreenshotAsync(page, "case-detail");

        // Taken: assigned to the agent and in progress.
        await page.GetByRole(AriaRole.Button, new() { Name = "Take this case" }).ClickAsync();
        await Assertions.Expect(page.Locator(".ekko-case-message")).ToHaveTextAsync("The case is yours.");
        await Assertions.Expect(page.Locator(".ekko-chip-status")).ToHaveTextAsync("In progress");
        await Assertions.Expect(page.Locator(".ekko-case-facts")).ToContainTextAsync($"Assignee: {agentEmail}");

        // Someone else changes the case meanwhile: the agent's change is refused, not lost, and a reload shows theirs.
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var changed = await scope.ServiceProvider.GetRequiredService<UpdateCase>().HandleAsync(new UpdateCaseCommand(
                workspace, opened.Case.Id, JsonNode.Parse("""{"priority": "urgent"}"""), "user:lead@browser.example"), CancellationToken.None);
            Assert.Equal(CommandStatus.Ok, changed.Status);
        }

        await page.GetByLabel("Priority", new() { Exact = true }).SelectOptionAsync("low");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save assignment" }).ClickAsync();
        await Assertions.Expect(page.Locator(".ekko-conflict")).ToContainTextAsync("changed by someone else");
        await BrowserApp.ScreenshotAsync(page, "case-conflict");
        await page.GetByRole(AriaRole.Button, new() { Name = "Reload the case" }).ClickAsync();
        await Assertions.Expect(page.Locator(".ekko-case-facts")).ToContainTextAsync("Urgent priority");
        await Assertions.Expect(page.Locator(".ekko-conflict")).ToHaveCountAsync(0);

        // A note of a phone call: the first contact.
        await page.GetByLabel("Note", new() { Exact = true }).FillAsync("Called the customer: the parcel went to the wrong pick-up point.");
        await page.GetByLabel("I reached the customer by").SelectOptionAsync("phone");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add note" }).ClickAsync();
        await Assertions.Expect(page.Locator("tr[data-kind=note]")).ToContainTextAsync("wrong pick-up point");
        await Assertions.Expect(page.Locator("tr[data-kind=contact]")).ToHaveCountAsync(1);

        // An e-mail from a template, read before it is sent, and received by the mail server.
        var customerEmail = await CustomerEmailAsync((string)answer["customer_id"]!);
        await page.GetByLabel("Template").SelectOptionAsync("apology");
        await page.GetByRole(AriaRole.Button, new() { Name = "Preview", Exact = true }).ClickAsync();
        await Assertions.Expect(page.Locator(".ekko-preview-subject")).ToHaveTextAsync(new Regex($@"\[case #{number}\]$"));
        await Assertions.Expect(page.Locator(".ekko-preview")).ToContainTextAsync(customerEmail);
        var previewBody = await page.Locator(".ekko-preview-body").TextContentAsync();
        await BrowserApp.AssertAccessibleAsync(page);
        await BrowserApp.ScreenshotAsync(page, "case-reply-preview");
        await page.GetByRole(AriaRole.Button, new() { Name = "Send this e-mail" }).ClickAsync();
        await Assertions.Expect(page.Locator(".ekko-case-message")).ToHaveTextAsync($"The e-mail was sent to {customerEmail}.");
        var mail = Assert.Single(app.Mail.Messages, m => m.Subject?.EndsWith($"[case #{number}]", StringComparison.Ordinal) == true);
        Assert.Equal(customerEmail, mail.To.Mailboxes.Single().Address);
        Assert.Equal(previewBody!.Trim(), mail.TextBody!.Trim());
        Assert.DoesNotContain("{{", mail.TextBody, StringComparison.Ordinal);
        await Assertions.Expect(page.Locator("tr[data-kind=reply]")).ToContainTextAsync(mail.Subject!);

        // Resolving asks for a resolution code and a root cause.
        await page.Locator(".ekko-moves").GetByRole(AriaRole.Button, new() { Name = "Resolved" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Resolve", Exact = true }).ClickAsync();
        await Assertions.Expect(page.Locator(".ekko-field-error")).ToHaveCountAsync(2);
        await page.GetByLabel("Resolution code").FillAsync("redelivered");
        await page.GetByLabel("Root cause").FillAsync("Wrong pickup point");
        await page.GetByRole(AriaRole.Button, new() { Name = "Resolve", Exact = true }).ClickAsync();
        await Assertions.Expect(page.Locator(".ekko-case-message")).ToHaveTextAsync("The case is resolved.");
        await Assertions.Expect(page.Locator(".ekko-chip-status")).ToHaveTextAsync("Resolved");
        await Assertions.Expect(page.Locator("tr[data-kind=root_cause]")).ToContainTextAsync("wrong-pickup-point");

        // After resolution: the follow-up survey.
        await page.GetByLabel("Survey", new() { Exact = true }).SelectOptionAsync("relationship-nps");
        await page.GetByRole(AriaRole.Button, new() { Name = "Send the survey" }).ClickAsync();
        await Assertions.Expect(page.Locator(".ekko-case-message")).ToContainTextAsync("The survey is scheduled for");
        await Assertions.Expect(page.Locator("tr[data-kind=follow_up_survey]")).ToHaveCountAsync(1);
        await BrowserApp.AssertAccessibleAsync(page);
        await BrowserApp.ScreenshotAsync(page, "case-resolved");

        // The trail has it all, in order, by this agent.
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var file = await scope.ServiceProvider.GetRequiredService<GetCaseByNumber>().HandleAsync(new GetCaseByNumberQuery(workspace, number), CancellationToken.None);
            Assert.Equal(
                ["created", "assignee", "status", "priority", "note", "contact", "reply", "resolution_code", "root_cause", "status", "follow_up_survey"],
                file!.Detail.Trail.Select(e => e.Kind));
            Assert.All(file.Detail.Trail.Skip(1).Where(e => e.Kind != "priority"), e => Assert.Equal($"user:{agentEmail}", e.Actor));
        }

        // It has left the open inbox, and is among the resolved ones.
        await page.GetByRole(AriaRole.Link, new() { Name = "Back to the inbox" }).ClickAsync();
        await page.WaitForURLAsync(new Regex("/w/nordvik/cases$"));
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Cases");
        await Assertions.Expect(page.Locator($"tr[data-case='{number}']")).ToHaveCountAsync(0);
        await page.GetByLabel("Status", new() { Exact = true }).SelectOptionAsync("resolved");
        await page.WaitForURLAsync(new Regex("status=resolved"));
        await Assertions.Expect(page.Locator($"tr[data-case='{number}']")).ToContainTextAsync("No clock running");
    }

    [Fact]
    public async Task A_team_lead_assigns_and_reprioritizes_several_cases_at_once()
    {
        const string agentEmail = "agent.bulk@browser.example";
        var workspace = await WorkspaceIdAsync();
        await AddMemberAsync(agentEmail, WorkspaceRole.Agent);
        var first = (await OpenCaseForADetractorAsync("Bulk one: charged twice", skip: 5)).Case;
        var second = (await OpenCaseForADetractorAsync("Bulk two: no answer from support", skip: 10)).Case;

        var page = await app.SignedInPageAsync();
        await page.GotoAsync($"{app.BaseUrl}/w/nordvik/cases?assignee=none&source=manual");
        await BrowserApp.WaitForInteractiveAsync(page);
        await page.GetByLabel($"Select case #{first.Case.Number}", new() { Exact = true }).CheckAsync();
        await page.GetByLabel($"Select case #{second.Case.Number}", new() { Exact = true }).CheckAsync();
        await Assertions.Expect(page.GetByText("2 selected.")).ToBeVisibleAsync();
        await page.GetByLabel("Assign to").SelectOptionAsync(agentEmail);
        await page.GetByLabel("New priority").SelectOptionAsync("urgent");
        await page.GetByRole(AriaRole.Button, new() { Name = "Apply to selected" }).ClickAsync();

        await Assertions.Expect(page.Locator(".ekko-bulk-result")).ToHaveTextAsync("2 of 2 selected cases changed.");
        // They are assigned now, so they leave this "unassigned" view.
        await Assertions.Expect(page.Locator($"tr[data-case='{first.Case.Number}']")).ToHaveCountAsync(0);
        await BrowserApp.AssertAccessibleAsync(page);
        await BrowserApp.ScreenshotAsync(page, "cases-bulk");

        await page.GetByLabel("Assignee", new() { Exact = true }).SelectOptionAsync(agentEmail);
        await page.WaitForURLAsync(new Regex(@"assignee=agent\.bulk(@|%40)browser\.example"));
        foreach (var c in new[] { first, second })
        {
            await Assertions.Expect(page.Locator($"tr[data-case='{c.Case.Number}']")).ToContainTextAsync("Urgent");
        }

        // The message counts what really changed: a case already waiting for the customer is left as it is.
        await using (var scope = app.Services.CreateAsyncScope())
        {
            Assert.Equal(CommandStatus.Ok, (await scope.ServiceProvider.GetRequiredService<UpdateCase>().HandleAsync(new UpdateCaseCommand(
                workspace, first.Case.Id, JsonNode.Parse("""{"status": "waiting_for_customer"}"""), "system"), CancellationToken.None)).Status);
        }

        await page.ReloadAsync();
        await BrowserApp.WaitForInteractiveAsync(page);
        await page.GetByLabel($"Select case #{first.Case.Number}", new() { Exact = true }).CheckAsync();
        await page.GetByLabel($"Select case #{second.Case.Number}", new() { Exact = true }).CheckAsync();
        await page.GetByLabel("New status").SelectOptionAsync("waiting_for_customer");
        await page.GetByRole(AriaRole.Button, new() { Name = "Apply to selected" }).ClickAsync();
        await Assertions.Expect(page.Locator(".ekko-bulk-result")).ToHaveTextAsync("1 of 2 selected cases changed.");
        await Assertions.Expect(page.Locator($"tr[data-case='{second.Case.Number}']")).ToContainTextAsync("Paused");
    }

    [Fact]
    public async Task A_viewer_cannot_change_a_case_and_the_server_refuses_a_member_whose_role_was_lowered()
    {
        var workspace = await WorkspaceIdAsync();
        var opened = (await OpenCaseForADetractorAsync("Refund not received", skip: 15)).Case;
        await AddMemberAsync("viewer.cases@browser.example", WorkspaceRole.Viewer);
        var viewer = await app.SignedInPageAsync("viewer.cases@browser.example", "viewer.cases long password");
        await viewer.GotoAsync($"{app.BaseUrl}/w/nordvik/cases/{opened.Case.Number}");
        await Assertions.Expect(viewer.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Not allowed");
        await Assertions.Expect(viewer.GetByRole(AriaRole.Button, new() { Name = "Take this case" })).ToHaveCountAsync(0);
        await Assertions.Expect(viewer.GetByText("Refund not received")).ToHaveCountAsync(0);
        await BrowserApp.AssertAccessibleAsync(viewer);

        // An agent has the case open when an admin makes them a viewer: the next click is refused on the server.
        const string demoted = "demoted.cases@browser.example";
        await AddMemberAsync(demoted, WorkspaceRole.Agent);
        var page = await app.SignedInPageAsync(demoted, "demoted.cases long password");
        await page.GotoAsync($"{app.BaseUrl}/w/nordvik/cases/{opened.Case.Number}");
        await BrowserApp.WaitForInteractiveAsync(page);
        await AddMemberAsync(demoted, WorkspaceRole.Viewer);
        await page.GetByRole(AriaRole.Button, new() { Name = "Take this case" }).ClickAsync();

        await Assertions.Expect(page.Locator(".ekko-case-message")).ToHaveTextAsync("Your role does not allow changing cases. Nothing was changed.");
        await BrowserApp.ScreenshotAsync(page, "case-refused");
        await using var scope = app.Services.CreateAsyncScope();
        var now = await scope.ServiceProvider.GetRequiredService<GetCaseByNumber>().HandleAsync(new GetCaseByNumberQuery(workspace, opened.Case.Number), CancellationToken.None);
        Assert.Equal((opened.Case.Version, null, CaseStatus.New), (now!.Detail.Case.Version, now.Detail.Case.Assignee, now.Detail.Case.Status));
    }

    private async Task<Guid> WorkspaceIdAsync()
    {
        await using var scope = app.Services.CreateAsyncScope();
        return (await scope.ServiceProvider.GetRequiredService<FindWorkspace>().HandleAsync(new FindWorkspaceQuery(DemoBrowserApp.Workspace), default)).Workspace!.Id;
    }

    /// <summary>Opens a case for a real detractor answer of the demo that has a comment and no case yet.</summary>
    private async Task<(CaseDetail Case, JsonObject Answer)> OpenCaseForADetractorAsync(string title, int skip)
    {
        var workspace = await WorkspaceIdAsync();
        await using var scope = app.Services.CreateAsyncScope();
        var responses = await scope.ServiceProvider.GetRequiredService<ListResponses>().HandleAsync(
            new ListResponsesQuery(workspace, Metric: Metric.Nps, MaxScore: 3, Limit: 300), CancellationToken.None);
        var create = scope.ServiceProvider.GetRequiredService<CreateCase>();
        foreach (var answer in responses.Items.Where(r => r["customer_id"] is not null && ((string?)r["comment"])?.Length > 10).Skip(skip))
        {
            var opened = await create.HandleAsync(new CreateCaseCommand(workspace, new JsonObject
            {
                ["title"] = title,
                ["response"] = (string)answer["id"]!,
                ["priority"] = "high",
            }, "user:admin@browser.example"), CancellationToken.None);
            if (opened.Status == CommandStatus.Ok)
            {
                return (opened.Value!, answer);
            }
        }

        throw new InvalidOperationException("the demo has no detractor answer left without a case");
    }

    private async Task SaveTemplatesAsync()
    {
        var workspace = await WorkspaceIdAsync();
        await using var scope = app.Services.CreateAsyncScope();
        var save = scope.ServiceProvider.GetRequiredService<SaveCaseReplyTemplate>();
        foreach (var (language, subject, body) in new[]
        {
            ("sv", "Om din upplevelse hos oss", "Hej {{customer.name}}!\n\nTack för att du berättade. Vi har tittat på ärende {{case.number}} och hör av oss.\n\nHälsningar\n{{agent}}, {{workspace}}"),
            ("en", "About your experience with us", "Dear {{customer.name}},\n\nThank you for telling us. We are looking into case {{case.number}}.\n\nKind regards\n{{agent}}, {{workspace}}"),
        })
        {
            var saved = await save.HandleAsync(new SaveCaseReplyTemplateCommand(workspace, "apology", new JsonObject { ["language"] = language, ["subject"] = subject, ["body"] = body }), CancellationToken.None);
            Assert.Equal(CommandStatus.Ok, saved.Status);
        }
    }

    private async Task<string> CustomerEmailAsync(string customer)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var found = await scope.ServiceProvider.GetRequiredService<Ekko.Core.Features.Customers.GetCustomer>().HandleAsync(new(await WorkspaceIdAsync(), customer), CancellationToken.None);
        return found!.Email!;
    }

    private async Task AddMemberAsync(string email, WorkspaceRole role)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<EkkoUser>>();
        if (await users.FindByEmailAsync(email) is null)
        {
            var created = await users.CreateAsync(new EkkoUser { UserName = email, Email = email }, email.Split('@')[0] + " long password");
            Assert.True(created.Succeeded, string.Join("; ", created.Errors.Select(e => e.Description)));
        }

        Assert.True(await scope.ServiceProvider.GetRequiredService<AddMember>().HandleAsync(new AddMemberCommand(await WorkspaceIdAsync(), email, role), default));
    }
}
