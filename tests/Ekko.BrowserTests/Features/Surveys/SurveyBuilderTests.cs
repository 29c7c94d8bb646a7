using System.Text.RegularExpressions;
using Ekko.Core.Features.Surveys;
using Ekko.Core.Features.Workspaces;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using MimeKit;

namespace Ekko.BrowserTests.Features.Surveys;

/// <summary>The survey list and builder on the demo data: an analyst builds and publishes a survey; a viewer only looks.</summary>
[Collection(DemoAppTests.Name)]
public sealed partial class SurveyBuilderTests(DemoBrowserApp app)
{
    [Fact]
    public async Task An_analyst_builds_a_survey_from_a_template_in_two_languages_sees_the_linter_and_preview_activates_it_and_sends_a_test()
    {
        await DemoMembers.AddAsync(app, "analyst@browser.example", WorkspaceRole.Analyst);
        var page = await app.SignedInPageAsync("analyst@browser.example", DemoMembers.PasswordOf("analyst@browser.example"));
        await page.GotoAsync($"{app.BaseUrl}/w/nordvik/surveys");
        await BrowserApp.WaitForInteractiveAsync(page);
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Surveys");
        await Assertions.Expect(page.Locator("#surveys tbody tr")).Not.ToHaveCountAsync(0);
        await Assertions.Expect(page.Locator("#surveys tbody tr").First.Locator("[data-status]")).ToBeVisibleAsync();
        await BrowserApp.AssertAccessibleAsync(page);
        await BrowserApp.ScreenshotAsync(page, "surveys");

        await page.GetByLabel("Template").SelectOptionAsync("delivery-csat");
        await page.GetByLabel("Key", new() { Exact = true }).FillAsync("ui-delivery-check");
        await page.GetByLabel("Name", new() { Exact = true }).FillAsync("Delivery check");
        await page.GetByRole(AriaRole.Button, new() { Name = "Create draft" }).ClickAsync();
        await page.WaitForURLAsync(new Regex("/w/nordvik/surveys/ui-delivery-check$"));
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Delivery check");
        await Assertions.Expect(page.Locator(".ekko-builder-head [data-status=draft]")).ToBeVisibleAsync();

        // The scored question in Swedish, next to its English: the columns are the languages the survey offers.
        var question = page.Locator("[data-question=csat]");
        var english = question.GetByLabel("English (en)");
        var swedish = question.GetByLabel("Swedish (sv)");
        await Assertions.Expect(english).ToHaveValueAsync("How satisfied were you with the delivery of your order?");
        await Assertions.Expect(question.Locator(".ekko-text-column")).ToHaveCountAsync(4);
        var englishBox = (await english.BoundingBoxAsync())!;
        var swedishBox = (await swedish.BoundingBoxAsync())!;
        Assert.Equal(englishBox.Y, swedishBox.Y, 1);
        Assert.True(swedishBox.X > englishBox.X);

        var preview = page.FrameLocator("iframe.ekko-preview-frame");
        await page.Locator("#preview-language").SelectOptionAsync("sv");
        await Assertions.Expect(preview.Locator("h1")).ToContainTextAsync("Hur nöjd var du med leveransen av din beställning?");
        await Assertions.Expect(question.Locator("[data-language=sv] [data-code=leading]")).ToHaveCountAsync(0);

        await swedish.FillAsync("Hur bra var vår leverans?");
        await Assertions.Expect(question.Locator("[data-language=sv] [data-code=leading]")).ToBeVisibleAsync();
        await Assertions.Expect(question.Locator("[data-language=en] [data-code]")).ToHaveCountAsync(0);
        await Assertions.Expect(preview.Locator("h1")).ToContainTextAsync("Hur bra var vår leverans?");
        await Assertions.Expect(preview.Locator("html")).ToHaveAttributeAsync("lang", "sv");

        // An empty translation is flagged where it is missing, and saving names it.
        await question.GetByLabel("Danish (da)").FillAsync("");
        await Assertions.Expect(question.Locator("[data-language=da] .ekko-missing-note")).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Save", Exact = true }).ClickAsync();
        await Assertions.Expect(question.Locator(".ekko-errors")).ToContainTextAsync("text.da");
        await question.GetByLabel("Danish (da)").FillAsync("Hvor tilfreds var du med leveringen af din ordre?");

        await page.GetByRole(AriaRole.Button, new() { Name = "Phone width" }).ClickAsync();
        await Assertions.Expect(page.Locator("iframe.ekko-phone")).ToBeVisibleAsync();
        await BrowserApp.AssertAccessibleAsync(page);
        await BrowserApp.ScreenshotAsync(page, "survey-builder");

        await page.GetByRole(AriaRole.Button, new() { Name = "Save and activate" }).ClickAsync();
        await Assertions.Expect(page.Locator(".ekko-builder-head [data-status=active]")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByText("Active: the survey takes answers now.")).ToBeVisibleAsync();
        var saved = await SurveyAsync("ui-delivery-check");
        Assert.Equal(SurveyStatus.Active, saved.Status);
        Assert.Equal("Hur bra var vår leverans?", saved.Questions[0].Text["sv"]);

        await page.GetByRole(AriaRole.Tab, new() { Name = "Distribution" }).ClickAsync();
        var link = page.Locator("#open-link");
        await Assertions.Expect(link).ToHaveAttributeAsync("href", "/s/nordvik-ui-delivery-check");
        await Assertions.Expect(page.Locator("#widget-snippet")).ToContainTextAsync("data-workspace=\"nordvik\"");

        // A test send goes through the installation's SMTP server to the address typed.
        await page.GetByLabel("Send the invitation e-mail to").FillAsync("analyst-test@example.se");
        await page.Locator("#test-language").SelectOptionAsync("sv");
        await page.GetByRole(AriaRole.Button, new() { Name = "Send test" }).ClickAsync();
        await Assertions.Expect(page.GetByText(new Regex("Sent to analyst-test@example.se"))).ToBeVisibleAsync();
        var mail = app.Mail.Messages.Single(m => m.To.Mailboxes.Any(a => a.Address == "analyst-test@example.se"));
        Assert.StartsWith("[Test] ", mail.Subject, StringComparison.Ordinal);
        Assert.Contains("Hur bra var vår leverans?", mail.TextBody, StringComparison.Ordinal);
        await BrowserApp.AssertAccessibleAsync(page);
        await BrowserApp.ScreenshotAsync(page, "survey-distribution");

        // The open link is the respondent's page of the now active survey.
        var respondent = await page.RunAndWaitForPopupAsync(() => link.ClickAsync());
        await respondent.WaitForLoadStateAsync();
        await Assertions.Expect(respondent.Locator("h1")).ToContainTextAsync("How satisfied were you with the delivery of your order?");
    }

    [Fact]
    public async Task A_viewer_sees_surveys_read_only_and_is_refused_the_settings()
    {
        await DemoMembers.AddAsync(app, "survey-viewer@browser.example", WorkspaceRole.Viewer);
        var page = await app.SignedInPageAsync("survey-viewer@browser.example", DemoMembers.PasswordOf("survey-viewer@browser.example"));
        await page.GotoAsync($"{app.BaseUrl}/w/nordvik/surveys");
        await BrowserApp.WaitForInteractiveAsync(page);
        await Assertions.Expect(page.Locator("#surveys tbody tr")).Not.ToHaveCountAsync(0);
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Create draft" })).ToHaveCountAsync(0);

        await page.Locator("#surveys tbody tr th a").First.ClickAsync();
        await Assertions.Expect(page.Locator("#read-only")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Save", Exact = true })).ToHaveCountAsync(0);
        await Assertions.Expect(page.Locator(".ekko-texts textarea").First).ToBeDisabledAsync();
        await Assertions.Expect(page.Locator("iframe.ekko-preview-frame")).ToBeVisibleAsync();
        await BrowserApp.AssertAccessibleAsync(page);
        await BrowserApp.ScreenshotAsync(page, "survey-builder-viewer");

        await page.GotoAsync($"{app.BaseUrl}/w/nordvik/settings");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Not allowed");
        await Assertions.Expect(page.Locator("#members")).ToHaveCountAsync(0);
        await BrowserApp.AssertAccessibleAsync(page);

        // Nor does the viewer's sign-in open the API: changes there need an API key of the workspace.
        var refused = await page.APIRequest.PostAsync($"{app.BaseUrl}/api/v1/api-keys", new() { DataObject = new { name = "mine", scope = "admin" } });
        Assert.Equal(401, refused.Status);
    }

    private async Task<SurveyView> SurveyAsync(string key)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var workspace = (await scope.ServiceProvider.GetRequiredService<FindWorkspace>().HandleAsync(new FindWorkspaceQuery(DemoBrowserApp.Workspace), default)).Workspace!;
        return (await scope.ServiceProvider.GetRequiredService<GetSurvey>().HandleAsync(new GetSurveyQuery(workspace.Id, key), default))!;
    }
}
