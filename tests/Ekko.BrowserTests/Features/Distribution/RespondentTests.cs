using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Ekko.Core.Data;
using Ekko.Core.Features.Customers;
using Ekko.Core.Features.Distribution;
using Ekko.Core.Features.Journeys;
using Ekko.Core.Features.Responses;
using Ekko.Core.Features.Surveys;
using Ekko.Core.Features.Workspaces;
using Ekko.Core.Formats;
using Ekko.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Ekko.BrowserTests.Features.Distribution;

/// <summary>
/// What customers do: answer on a phone with the keyboard only, in Swedish; answer the widget on a shop's page
/// (another origin); click a score in the invitation e-mail. Every page gets an axe scan and a screenshot.
/// </summary>
public sealed partial class RespondentTests : IAsyncLifetime
{
    private readonly BrowserApp app = new();
    private Guid workspace;

    public async Task InitializeAsync()
    {
        await app.InitializeAsync();
        await using var scope = app.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        workspace = (await services.GetRequiredService<CreateWorkspace>().HandleAsync(new CreateWorkspaceCommand("Org", "Nordvik", "nordvik"), CancellationToken.None)).Value!.Id;
        await services.GetRequiredService<CreateTouchpoint>().HandleAsync(new CreateTouchpointCommand(workspace, JsonNode.Parse(
            """{"key": "home-delivery", "name": "Home delivery", "stage": "after_purchase", "category": "interaction"}""")), CancellationToken.None);
        var template = SurveyTemplates.Body("delivery-csat", "Nordvik")!;
        template["key"] = "post-delivery";
        template["touchpoint"] = "home-delivery";
        template["distribution"] = JsonNode.Parse("""{"widget": {"url_pattern": "/orders/*"}}""");
        Assert.Equal(CommandStatus.Ok, (await services.GetRequiredService<CreateSurvey>().HandleAsync(new CreateSurveyCommand(workspace, template), CancellationToken.None)).Status);
        await services.GetRequiredService<ChangeSurveyStatus>().HandleAsync(new ChangeSurveyStatusCommand(workspace, "post-delivery", SurveyStatus.Active), CancellationToken.None);
    }

    public Task DisposeAsync() => app.DisposeAsync();

    private async Task<IReadOnlyList<JsonObject>> ResponsesAsync()
    {
        await using var scope = app.Services.CreateAsyncScope();
        return (await scope.ServiceProvider.GetRequiredService<ListResponses>().HandleAsync(new ListResponsesQuery(workspace), CancellationToken.None)).Items;
    }

    /// <summary>Presses Tab until the focused element matches, as a keyboard user would.</summary>
    private static async Task TabToAsync(IPage page, string selector)
    {
        for (var i = 0; i < 30; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            if (await page.EvaluateAsync<bool>($"document.activeElement && document.activeElement.matches({System.Text.Json.JsonSerializer.Serialize(selector)})"))
            {
                return;
            }
        }

        Assert.Fail($"Tab never reached {selector}");
    }

    [Fact]
    public async Task A_customer_answers_on_a_phone_with_the_keyboard_only_in_Swedish()
    {
        await using var context = await app.Browser.NewContextAsync(new() { ViewportSize = new() { Width = 390, Height = 844 }, Locale = "sv-SE", IsMobile = true, HasTouch = true });
        var page = await context.NewPageAsync();
        await page.GotoAsync($"{app.BaseUrl}/s/nordvik-post-delivery");
        await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "sv");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Hur nöjd var du med leveransen av din beställning?");
        await BrowserApp.AssertAccessibleAsync(page);
        await BrowserApp.ScreenshotAsync(page, "survey-phone-sv-1");

        // Sending without a choice is announced, in Swedish.
        await TabToAsync(page, "button[type=submit]");
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToHaveTextAsync("Välj ett svar innan du går vidare.");
        await BrowserApp.AssertAccessibleAsync(page);
        await BrowserApp.ScreenshotAsync(page, "survey-phone-sv-error");

        // CSAT 2: arrow keys move through the radio group.
        await TabToAsync(page, "input[type=radio]");
        await page.Keyboard.PressAsync("ArrowRight");
        await Assertions.Expect(page.Locator("#s2")).ToBeCheckedAsync();
        await TabToAsync(page, "button[type=submit]");
        await page.Keyboard.PressAsync("Enter");

        // A low score brings the "what went wrong" follow-up: a checkbox group.
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Vad gick fel?");
        await BrowserApp.AssertAccessibleAsync(page);
        await BrowserApp.ScreenshotAsync(page, "survey-phone-sv-2");
        await TabToAsync(page, "input[value=late]");
        await page.Keyboard.PressAsync("Space");
        await TabToAsync(page, "button[type=submit]");
        await page.Keyboard.PressAsync("Enter");

        await Assertions.Expect(page.Locator("textarea")).ToBeVisibleAsync();
        await TabToAsync(page, "textarea");
        await page.Keyboard.TypeAsync("Paketet kom en vecka för sent.");
        await TabToAsync(page, "button[type=submit]");
        await Assertions.Expect(page.Locator("button[type=submit]")).ToHaveTextAsync("Skicka");
        await page.Keyboard.PressAsync("Enter");

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Tack!");
        await BrowserApp.AssertAccessibleAsync(page);
        await BrowserApp.ScreenshotAsync(page, "survey-phone-sv-thanks");

        var response = Assert.Single(await ResponsesAsync());
        Assert.Equal(("csat", 2, "Paketet kom en vecka för sent.", "sv"), ((string?)response["metric"], (int?)response["score"], (string?)response["comment"], (string?)response["language"]));
        Assert.Equal("late", (string?)response["answers"]!["issue"]![0]);
    }

    [Fact]
    public async Task The_widget_on_a_shops_page_asks_and_stores_the_answer()
    {
        var page = await app.Browser.NewPageAsync();
        // The shop is another origin: the widget's calls to Ekko are cross-origin, as on a real site.
        await page.RouteAsync("https://shop.example/**", route => route.FulfillAsync(new()
        {
            ContentType = "text/html",
            Body = $$"""
                <!doctype html><html lang="en"><head><title>Order 42</title></head>
                <body><main><h1>Your order 42</h1><p>Thank you for shopping.</p></main>
                <script async src="{{app.BaseUrl}}/widget.js" data-workspace="nordvik"></script></body></html>
                """,
        }));
        await page.GotoAsync("https://shop.example/orders/42");
        var widget = page.Locator("[data-ekko-widget] section[role=dialog]");
        await Assertions.Expect(widget).ToBeVisibleAsync();
        await Assertions.Expect(widget.Locator("h2")).ToHaveTextAsync("How satisfied were you with the delivery of your order?");
        await BrowserApp.AssertAccessibleAsync(page);
        await BrowserApp.ScreenshotAsync(page, "widget-question");

        await widget.GetByRole(AriaRole.Button, new() { Name = "5", Exact = true }).ClickAsync();
        await Assertions.Expect(widget.Locator("textarea")).ToBeVisibleAsync();
        await widget.Locator("textarea").FillAsync("Quick <b>and</b> careful");
        await widget.GetByRole(AriaRole.Button, new() { Name = "Send" }).ClickAsync();
        await Assertions.Expect(widget.Locator("h2")).ToHaveTextAsync("Thank you for your answer!");
        await BrowserApp.ScreenshotAsync(page, "widget-thanks");

        var response = Assert.Single(await ResponsesAsync());
        Assert.Equal(("widget", 5, "Quick <b>and</b> careful", "/orders/42"),
            ((string?)response["channel"], (int?)response["score"], (string?)response["comment"], (string?)response["attributes"]!["page"]));

        // The same browser is not asked again within the contact limit.
        await page.ReloadAsync();
        await page.WaitForTimeoutAsync(1500);
        await Assertions.Expect(page.Locator("[data-ekko-widget]")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task A_score_clicked_in_the_invitation_email_is_saved_with_one_click()
    {
        await using var smtp = new SmtpSink();
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var services = scope.ServiceProvider;
            await services.GetRequiredService<UpsertCustomers>().HandleAsync(new UpsertCustomersCommand(workspace, [JsonNode.Parse(
                """{"id": "c-1", "name": "Kari Nordmann", "email": "kari@example.no", "language": "nb", "consent": {"surveys": true}}""")]), CancellationToken.None);
            await services.GetRequiredService<InviteCustomers>().HandleAsync(new InviteCustomersCommand(workspace, "post-delivery", JsonNode.Parse("""{"customers": ["c-1"]}""")), CancellationToken.None);
            var noQuietHours = services.GetRequiredService<IDbContextFactory<EkkoDbContext>>();
            await using (var db = await noQuietHours.CreateDbContextAsync())
            {
                await db.Workspaces.Where(w => w.Id == workspace).ExecuteUpdateAsync(u => u.SetProperty(w => w.QuietHoursStart, 0).SetProperty(w => w.QuietHoursEnd, 0));
            }

            var settings = new EmailSettings { Host = "127.0.0.1", Port = smtp.Port, Security = "none", FromAddress = "surveys@nordvik.example", PublicUrl = app.BaseUrl };
            var sent = await new SendDueInvitations(noQuietHours, services.GetRequiredService<SurveyTokens>(), settings, TimeProvider.System)
                .HandleAsync(new SendDueInvitationsCommand(10), CancellationToken.None);
            Assert.Equal(1, sent.Sent);
        }

        var mail = Assert.Single(smtp.Messages);
        Assert.Equal("Et raskt spørsmål fra Nordvik", mail.Subject);
        var page = await app.Browser.NewPageAsync();
        await page.SetContentAsync(mail.HtmlBody!);
        await BrowserApp.ScreenshotAsync(page, "invitation-email");
        await page.GetByRole(AriaRole.Link, new() { Name = "4", Exact = true }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Er det noe du vil fortelle oss om leveringen? (valgfritt)");
        Assert.Matches(ScoreLink(), page.Url);
        await BrowserApp.AssertAccessibleAsync(page);
        await BrowserApp.ScreenshotAsync(page, "invitation-one-click");

        await using var session = await app.Services.GetRequiredService<IDbContextFactory<EkkoDbContext>>().CreateDbContextAsync();
        var saved = await session.SurveySessions.SingleAsync();
        Assert.Equal(("email", "nb"), (saved.Channel, saved.Language));
        Assert.Contains("\"csat\":4", saved.Answers, StringComparison.Ordinal);
    }

    [GeneratedRegex(@"/i/[A-Za-z0-9_-]+\?score=4$")]
    private static partial Regex ScoreLink();
}
