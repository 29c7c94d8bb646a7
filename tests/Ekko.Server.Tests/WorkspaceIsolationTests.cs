using System.Net;
using Ekko.Core.Features.Workspaces;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Ekko.Server.Tests;

/// <summary>
/// Every API endpoint refuses calls without a valid key (401) and never shows or changes another
/// workspace's data (404). The endpoint list is read from the running app and must equal the list here,
/// so a new endpoint cannot skip these checks.
/// </summary>
public sealed class WorkspaceIsolationTests : IAsyncLifetime
{
    private readonly EkkoApp app = new();
    private HttpClient ownerA = null!;
    private HttpClient adminB = null!;
    private Guid keyIdA;
    private Guid triggerIdA;
    private Guid caseIdA;
    private Guid ruleIdA;
    private Guid planIdA;
    private Guid hookIdA;
    private Guid sourceIdA;
    private Guid alertIdA;

    // Each endpoint with a request aimed at workspace A's data.
    private const string SurveyBody = """{"key": "survey-a", "name": "Stolen", "default_language": "en", "questions": [{"id": "q", "type": "nps", "text": {"en": "How likely is it that you would recommend us?"}}]}""";

    private static readonly (string Method, string Route, string Url, string? Body)[] Calls =
    [
        ("GET", "/api/v1/touchpoints/", "/api/v1/touchpoints", null),
        ("GET", "/api/v1/touchpoints/{key}", "/api/v1/touchpoints/delivery-a", null),
        ("POST", "/api/v1/touchpoints/", "/api/v1/touchpoints", """{"key": "x", "name": "x", "stage": "before_purchase", "category": "message"}"""),
        ("PUT", "/api/v1/touchpoints/{key}", "/api/v1/touchpoints/delivery-a", """{"name": "stolen", "stage": "after_purchase", "category": "interaction"}"""),
        ("DELETE", "/api/v1/touchpoints/{key}", "/api/v1/touchpoints/delivery-a", null),
        ("GET", "/api/v1/journeys/", "/api/v1/journeys", null),
        ("GET", "/api/v1/journeys/{key}", "/api/v1/journeys/journey-a", null),
        ("POST", "/api/v1/journeys/", "/api/v1/journeys", """{"key": "j", "name": "j", "stages": []}"""),
        ("PUT", "/api/v1/journeys/{key}", "/api/v1/journeys/journey-a", """{"name": "stolen", "stages": []}"""),
        ("DELETE", "/api/v1/journeys/{key}", "/api/v1/journeys/journey-a", null),
        ("GET", "/api/v1/customers/", "/api/v1/customers", null),
        ("GET", "/api/v1/customers/{id}", "/api/v1/customers/c-a", null),
        ("PUT", "/api/v1/customers/{id}", "/api/v1/customers/c-a", """{"name": "stolen"}"""),
        ("POST", "/api/v1/customers/batch", "/api/v1/customers/batch", """{"items": [{"id": "c-a", "name": "stolen"}]}"""),
        ("DELETE", "/api/v1/customers/{id}", "/api/v1/customers/c-a", null),
        ("GET", "/api/v1/customers/{id}/timeline", "/api/v1/customers/c-a/timeline", null),
        ("POST", "/api/v1/interactions/", "/api/v1/interactions", """{"id": "e-a", "type": "order.placed", "customer_id": "c-a", "occurred_at": "2026-01-01T00:00:00Z"}"""),
        ("POST", "/api/v1/interactions/batch", "/api/v1/interactions/batch", """{"items": [{"id": "e-a", "type": "order.placed", "occurred_at": "2026-01-01T00:00:00Z"}]}"""),
        ("POST", "/api/v1/responses/", "/api/v1/responses", """{"id": "r-a", "survey": "s", "customer_id": "c-a", "submitted_at": "2026-01-01T00:00:00Z"}"""),
        ("POST", "/api/v1/responses/batch", "/api/v1/responses/batch", """{"items": [{"id": "r-a", "survey": "s", "submitted_at": "2026-01-01T00:00:00Z"}]}"""),
        ("GET", "/api/v1/metrics/", "/api/v1/metrics?metric=nps&from=2026-01-01&to=2026-01-31&by=customer.segment", null),
        ("GET", "/api/v1/metrics/churn", "/api/v1/metrics/churn?from=2026-01", null),
        ("GET", "/api/v1/metrics/retention", "/api/v1/metrics/retention?from=2026-01", null),
        ("GET", "/api/v1/metrics/activity-rule", "/api/v1/metrics/activity-rule", null),
        ("PUT", "/api/v1/metrics/activity-rule", "/api/v1/metrics/activity-rule", """{"types": ["stolen"], "window_days": 7}"""),
        ("GET", "/api/v1/insights/root-cause", "/api/v1/insights/root-cause?metric=nps&baseline=2025-12-01..2025-12-31&current=2026-01-01..2026-01-31", null),
        ("GET", "/api/v1/insights/priorities", "/api/v1/insights/priorities?from=2026-01-01&to=2026-01-31", null),
        ("GET", "/api/v1/insights/anomalies", "/api/v1/insights/anomalies?metric=volume&from=2026-01-01&to=2026-01-31", null),
        ("GET", "/api/v1/insights/drivers", "/api/v1/insights/drivers?from=2026-01-01&to=2026-01-31", null),
        ("GET", "/api/v1/churn-risk/", "/api/v1/churn-risk", null),
        ("GET", "/api/v1/churn-risk/model", "/api/v1/churn-risk/model", null),
        ("POST", "/api/v1/churn-risk/train", "/api/v1/churn-risk/train", null),
        ("POST", "/api/v1/churn-risk/cases", "/api/v1/churn-risk/cases", """{"customers": ["c-a"]}"""),
        ("GET", "/api/v1/responses", "/api/v1/responses?touchpoint=delivery-a", null),
        ("GET", "/api/v1/survey-templates", "/api/v1/survey-templates", null),
        ("POST", "/api/v1/mentions/", "/api/v1/mentions", """{"id": "m-a", "source": "x", "text": "stolen", "published_at": "2026-01-01T00:00:00Z"}"""),
        ("POST", "/api/v1/mentions/batch", "/api/v1/mentions/batch", """{"items": [{"id": "m-a", "source": "x", "text": "stolen", "published_at": "2026-01-01T00:00:00Z"}]}"""),
        ("GET", "/api/v1/mentions", "/api/v1/mentions?source=forum:a", null),
        ("GET", "/api/v1/mention-sources/", "/api/v1/mention-sources", null),
        ("POST", "/api/v1/mention-sources/", "/api/v1/mention-sources", """{"url": "https://forum.example/a.rss"}"""),
        ("DELETE", "/api/v1/mention-sources/{id:guid}", "/api/v1/mention-sources/{sourceA}", null),
        ("GET", "/api/v1/surveys/", "/api/v1/surveys", null),
        ("GET", "/api/v1/surveys/{key}", "/api/v1/surveys/survey-a", null),
        ("POST", "/api/v1/surveys/", "/api/v1/surveys", SurveyBody),
        ("POST", "/api/v1/surveys/from-template", "/api/v1/surveys/from-template", """{"template": "delivery-csat", "key": "survey-a"}"""),
        ("PUT", "/api/v1/surveys/{key}", "/api/v1/surveys/survey-a", SurveyBody),
        ("POST", "/api/v1/surveys/{key}/status", "/api/v1/surveys/survey-a/status", """{"status": "active"}"""),
        ("DELETE", "/api/v1/surveys/{key}", "/api/v1/surveys/survey-a", null),
        ("GET", "/api/v1/surveys/{key}/lint", "/api/v1/surveys/survey-a/lint", null),
        ("POST", "/api/v1/surveys/lint", "/api/v1/surveys/lint", SurveyBody),
        ("POST", "/api/v1/surveys/{key}/invitations", "/api/v1/surveys/survey-a/invitations", """{"customers": ["c-a"]}"""),
        ("GET", "/api/v1/surveys/{key}/triggers", "/api/v1/surveys/survey-a/triggers", null),
        ("POST", "/api/v1/surveys/{key}/triggers", "/api/v1/surveys/survey-a/triggers", """{"interaction_type": "order.delivered"}"""),
        ("DELETE", "/api/v1/triggers/{id:guid}", "/api/v1/triggers/{triggerA}", null),
        ("GET", "/api/v1/invitations", "/api/v1/invitations?customer=c-a", null),
        ("GET", "/api/v1/widget", "/api/v1/widget", null),
        ("GET", "/api/v1/contact-rules", "/api/v1/contact-rules", null),
        ("PUT", "/api/v1/contact-rules", "/api/v1/contact-rules", """{"contact_limit_days": 1, "quiet_hours_start": 0, "quiet_hours_end": 0, "time_zone": "UTC"}"""),
        ("POST", "/api/v1/widget/secret", "/api/v1/widget/secret", null),
        ("GET", "/api/v1/api-keys/", "/api/v1/api-keys", null),
        ("POST", "/api/v1/api-keys/", "/api/v1/api-keys", """{"name": "k", "scope": "read"}"""),
        ("DELETE", "/api/v1/api-keys/{id:guid}", "/api/v1/api-keys/{keyA}", null),
        ("GET", "/api/v1/text/taxonomy", "/api/v1/text/taxonomy", null),
        ("PUT", "/api/v1/text/taxonomy", "/api/v1/text/taxonomy", """{"themes": [{"id": "stolen", "name": "Stolen", "rules": {"en": ["stolen"]}}]}"""),
        ("POST", "/api/v1/text/taxonomy/themes/from-topic", "/api/v1/text/taxonomy/themes/from-topic", """{"id": "stolen_topic", "name": "Stolen", "language": "en", "keyphrases": ["stolen"]}"""),
        ("GET", "/api/v1/text/reanalysis", "/api/v1/text/reanalysis", null),
        ("GET", "/api/v1/text/themes", "/api/v1/text/themes?from=2025-12-01&to=2026-01-31", null),
        ("GET", "/api/v1/text/emerging", "/api/v1/text/emerging?period=week&date=2026-01-03", null),
        ("GET", "/api/v1/text/settings", "/api/v1/text/settings", null),
        ("PUT", "/api/v1/text/settings", "/api/v1/text/settings", """{"redact_pii": true}"""),
        ("GET", "/api/v1/cases/", "/api/v1/cases?status=new", null),
        ("POST", "/api/v1/cases/", "/api/v1/cases", """{"title": "stolen", "customer": "c-a"}"""),
        ("POST", "/api/v1/cases/bulk", "/api/v1/cases/bulk", """{"cases": ["{caseA}"], "status": "closed"}"""),
        ("GET", "/api/v1/cases/{id:guid}", "/api/v1/cases/{caseA}", null),
        ("PATCH", "/api/v1/cases/{id:guid}", "/api/v1/cases/{caseA}", """{"status": "closed"}"""),
        ("POST", "/api/v1/cases/{id:guid}/notes", "/api/v1/cases/{caseA}/notes", """{"text": "stolen"}"""),
        ("POST", "/api/v1/cases/{id:guid}/replies", "/api/v1/cases/{caseA}/replies", """{"subject": "s", "body": "b"}"""),
        ("POST", "/api/v1/cases/{id:guid}/follow-up-survey", "/api/v1/cases/{caseA}/follow-up-survey", """{"survey": "survey-a"}"""),
        ("GET", "/api/v1/case-rules/", "/api/v1/case-rules", null),
        ("POST", "/api/v1/case-rules/", "/api/v1/case-rules", """{"name": "stolen", "metric": "nps", "max_score": 10}"""),
        ("PUT", "/api/v1/case-rules/{id:guid}", "/api/v1/case-rules/{ruleA}", """{"name": "stolen", "metric": "nps", "max_score": 10}"""),
        ("DELETE", "/api/v1/case-rules/{id:guid}", "/api/v1/case-rules/{ruleA}", null),
        ("GET", "/api/v1/case-teams/", "/api/v1/case-teams", null),
        ("PUT", "/api/v1/case-teams/{key}", "/api/v1/case-teams/team-a", """{"name": "stolen", "members": []}"""),
        ("DELETE", "/api/v1/case-teams/{key}", "/api/v1/case-teams/team-a", null),
        ("GET", "/api/v1/case-settings", "/api/v1/case-settings", null),
        ("PUT", "/api/v1/case-settings", "/api/v1/case-settings", """{"first_contact_hours": 99}"""),
        ("GET", "/api/v1/case-reply-templates/", "/api/v1/case-reply-templates", null),
        ("PUT", "/api/v1/case-reply-templates/{key}", "/api/v1/case-reply-templates/template-a", """{"language": "en", "subject": "stolen", "body": "stolen"}"""),
        ("DELETE", "/api/v1/case-reply-templates/{key}", "/api/v1/case-reply-templates/template-a", null),
        ("GET", "/api/v1/action-plans/", "/api/v1/action-plans", null),
        ("POST", "/api/v1/action-plans/", "/api/v1/action-plans", """{"title": "stolen", "cases": ["{caseA}"]}"""),
        ("GET", "/api/v1/action-plans/{id:guid}", "/api/v1/action-plans/{planA}", null),
        ("PATCH", "/api/v1/action-plans/{id:guid}", "/api/v1/action-plans/{planA}", """{"title": "stolen"}"""),
        ("GET", "/api/v1/webhooks/", "/api/v1/webhooks", null),
        ("POST", "/api/v1/webhooks/", "/api/v1/webhooks", """{"url": "https://stolen.example/", "events": ["case.created"]}"""),
        ("PATCH", "/api/v1/webhooks/{id:guid}", "/api/v1/webhooks/{hookA}", """{"url": "https://stolen.example/"}"""),
        ("DELETE", "/api/v1/webhooks/{id:guid}", "/api/v1/webhooks/{hookA}", null),
        ("GET", "/api/v1/webhooks/{id:guid}/deliveries", "/api/v1/webhooks/{hookA}/deliveries", null),
        ("GET", "/api/v1/alerts/", "/api/v1/alerts", null),
        ("GET", "/api/v1/alerts/{id:guid}", "/api/v1/alerts/{alertA}", null),
        ("POST", "/api/v1/alerts/{id:guid}/acknowledge", "/api/v1/alerts/{alertA}/acknowledge", null),
        ("POST", "/api/v1/alerts/{id:guid}/dismiss", "/api/v1/alerts/{alertA}/dismiss", null),
        ("POST", "/api/v1/alerts/{id:guid}/action-plan", "/api/v1/alerts/{alertA}/action-plan", """{"owner": "stolen"}"""),
        ("POST", "/api/v1/alerts/{id:guid}/case", "/api/v1/alerts/{alertA}/case", """{"priority": "low"}"""),
        ("GET", "/api/v1/alerts/subscribers", "/api/v1/alerts/subscribers", null),
        ("PUT", "/api/v1/alerts/subscribers/{email}", "/api/v1/alerts/subscribers/owner-a@example.com", null),
        ("DELETE", "/api/v1/alerts/subscribers/{email}", "/api/v1/alerts/subscribers/owner-a@example.com", null),
    ];

    // PUTs by key are upserts: from workspace b they create b's own team or template (like a customer).
    private static readonly string[] Upserts = ["/api/v1/customers/{id}", "/api/v1/case-teams/{key}", "/api/v1/case-reply-templates/{key}"];

    public async Task InitializeAsync()
    {
        await app.InitializeAsync();
        var a = await app.CreateWorkspaceAsync("a");
        ownerA = app.Client(await app.CreateKeyAsync(a.Id, ApiKeyScope.Admin));
        (_, adminB) = await app.WorkspaceWithAdminAsync("b");
        await ownerA.CreateTouchpointAsync("delivery-a");
        Assert.Equal(HttpStatusCode.Created, (await ownerA.PostJsonAsync("/api/v1/journeys", """{"key": "journey-a", "name": "A", "stages": [{"name": "Receive", "touchpoints": ["delivery-a"]}]}""")).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await ownerA.PutJsonAsync("/api/v1/customers/c-a", """{"name": "Anna A", "attributes": {"segment": "member"}}""")).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await ownerA.PostJsonAsync("/api/v1/responses", """{"id": "r-a", "survey": "s", "customer_id": "c-a", "touchpoint": "delivery-a", "submitted_at": "2026-01-01T00:00:00Z", "metric": "nps", "score": 10, "comment": "Fast delivery, call me on +46 70 123 45 67"}""")).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await ownerA.PostJsonAsync("/api/v1/surveys", SurveyBody.Replace("Stolen", "Survey A", StringComparison.Ordinal))).StatusCode);
        triggerIdA = Guid.Parse((string)(await (await ownerA.PostJsonAsync("/api/v1/surveys/survey-a/triggers", """{"interaction_type": "order.delivered"}""")).JsonAsync())["id"]!);
        keyIdA = (await (await ownerA.GetAsync("/api/v1/api-keys")).JsonAsync()).AsArray().Select(k => Guid.Parse((string)k!["id"]!)).Single();
        Assert.Equal(HttpStatusCode.OK, (await ownerA.PutJsonAsync("/api/v1/case-teams/team-a", """{"name": "Team A", "members": []}""")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await ownerA.PutJsonAsync("/api/v1/case-reply-templates/template-a", """{"language": "en", "subject": "Hi", "body": "Hello {{customer.name}}"}""")).StatusCode);
        caseIdA = Guid.Parse((string)(await (await ownerA.PostJsonAsync("/api/v1/cases", """{"title": "Call Anna", "customer": "c-a"}""")).JsonAsync())["case"]!["id"]!);
        ruleIdA = Guid.Parse((string)(await (await ownerA.PostJsonAsync("/api/v1/case-rules", """{"name": "detractors", "metric": "nps", "max_score": 6}""")).JsonAsync())["id"]!);
        planIdA = Guid.Parse((string)(await (await ownerA.PostJsonAsync("/api/v1/action-plans", $$"""{"title": "Plan A", "cases": ["{{caseIdA}}"]}""")).JsonAsync())["id"]!);
        await using (var db = app.Factory.Services.GetRequiredService<Microsoft.EntityFrameworkCore.IDbContextFactory<Ekko.Core.Data.EkkoDbContext>>().CreateDbContext())
        {
            var alert = new Ekko.Core.Features.Alerts.Alert
            {
                WorkspaceId = a.Id, SeriesKey = "day|nps|workspace||", Measure = "nps", Period = new DateOnly(2026, 1, 1), LastPeriod = new DateOnly(2026, 1, 1), Title = "NPS fell",
            };
            db.Alerts.Add(alert);
            await db.SaveChangesAsync();
            alertIdA = alert.Id;
        }

        hookIdA = Guid.Parse((string)(await (await ownerA.PostJsonAsync("/api/v1/webhooks", """{"url": "https://hooks.example/a", "events": ["case.created"]}""")).JsonAsync())["id"]!);
        Assert.Equal(HttpStatusCode.Created, (await ownerA.PostJsonAsync("/api/v1/mentions", """{"id": "m-a", "source": "forum:a", "text": "Mention A", "published_at": "2026-01-01T00:00:00Z"}""")).StatusCode);
        sourceIdA = Guid.Parse((string)(await (await ownerA.PostJsonAsync("/api/v1/mention-sources", """{"url": "https://forum.example/a.rss"}""")).JsonAsync())["id"]!);
    }

    public Task DisposeAsync() => app.DisposeAsync();

    private HttpRequestMessage Request((string Method, string Route, string Url, string? Body) call) =>
        new(new HttpMethod(call.Method), Ids(call.Url))
        {
            Content = call.Body is null ? null : new StringContent(Ids(call.Body), System.Text.Encoding.UTF8, "application/json"),
        };

    private string Ids(string text) => text
        .Replace("{keyA}", keyIdA.ToString(), StringComparison.Ordinal).Replace("{triggerA}", triggerIdA.ToString(), StringComparison.Ordinal)
        .Replace("{caseA}", caseIdA.ToString(), StringComparison.Ordinal).Replace("{ruleA}", ruleIdA.ToString(), StringComparison.Ordinal)
        .Replace("{planA}", planIdA.ToString(), StringComparison.Ordinal).Replace("{hookA}", hookIdA.ToString(), StringComparison.Ordinal)
        .Replace("{sourceA}", sourceIdA.ToString(), StringComparison.Ordinal)
        .Replace("{alertA}", alertIdA.ToString(), StringComparison.Ordinal);

    [Fact]
    public void Every_api_endpoint_is_covered_by_these_tests()
    {
        var routes = app.Factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText?.StartsWith("/api/v1", StringComparison.Ordinal) == true)
            .SelectMany(e => (e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? []).Select(m => $"{m} {e.RoutePattern.RawText!.TrimEnd('/')}"))
            .Order().ToList();

        Assert.Equal(Calls.Select(c => $"{c.Method} {c.Route.TrimEnd('/')}").Order().ToList(), routes);
    }

    [Fact]
    public async Task Every_endpoint_answers_401_without_a_key_and_with_a_forged_or_malformed_one()
    {
        foreach (var key in new string?[] { null, "ekko_aaaaaaaaaaaa_bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb", "not-a-key" })
        {
            var client = app.Client(key);
            foreach (var call in Calls)
            {
                var response = await client.SendAsync(Request(call));
                Assert.True(response.StatusCode == HttpStatusCode.Unauthorized, $"{call.Method} {call.Url} with key '{key}' gave {(int)response.StatusCode}");
                Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
            }
        }
    }

    [Fact]
    public async Task Another_workspace_gets_404_for_every_id_of_this_one()
    {
        // PUT /customers/{id} is an upsert: from workspace b it creates b's own customer (checked below); so are teams and templates.
        foreach (var call in Calls.Where(c => c.Route.Contains('{', StringComparison.Ordinal) && !(c.Method == "PUT" && Upserts.Contains(c.Route))))
        {
            var response = await adminB.SendAsync(Request(call));
            Assert.True(response.StatusCode == HttpStatusCode.NotFound, $"{call.Method} {call.Url} from workspace b gave {(int)response.StatusCode}");
        }
    }

    [Fact]
    public async Task Another_workspace_writing_the_same_external_ids_changes_nothing_here()
    {
        foreach (var call in Calls.Where(c => c.Method is "POST" or "PUT"))
        {
            await adminB.SendAsync(Request(call));
        }

        var customer = await (await ownerA.GetAsync("/api/v1/customers/c-a")).JsonAsync();
        Assert.Equal("Anna A", (string?)customer["name"]);
        Assert.Equal("stolen", (string?)(await (await adminB.GetAsync("/api/v1/customers/c-a")).JsonAsync())["name"]);
        var touchpoint = await (await ownerA.GetAsync("/api/v1/touchpoints/delivery-a")).JsonAsync();
        Assert.Equal("delivery-a", (string?)touchpoint["name"]);
        Assert.Equal(90, (int)(await (await ownerA.GetAsync("/api/v1/metrics/activity-rule")).JsonAsync())["window_days"]!);
        Assert.Equal(30, (int)(await (await ownerA.GetAsync("/api/v1/contact-rules")).JsonAsync())["contact_limit_days"]!);
        var taxonomy = await (await ownerA.GetAsync("/api/v1/text/taxonomy")).JsonAsync();
        Assert.Equal(1, (int)taxonomy["version"]!);
        Assert.DoesNotContain(taxonomy["themes"]!.AsArray(), t => ((string?)t!["id"])!.StartsWith("stolen", StringComparison.Ordinal));
        Assert.False((bool)(await (await ownerA.GetAsync("/api/v1/text/settings")).JsonAsync())["redact_pii"]!);
        Assert.Equal(3, (int)(await (await adminB.GetAsync("/api/v1/text/taxonomy")).JsonAsync())["version"]!);
        var timeline = await (await ownerA.GetAsync("/api/v1/customers/c-a/timeline")).JsonAsync();
        Assert.Equal(["case", "response"], timeline["items"]!.AsArray().Select(e => (string)e!["kind"]!));
        Assert.Equal(10, (int)timeline["items"]![1]!["score"]!);
        var caseA = await (await ownerA.GetAsync($"/api/v1/cases/{caseIdA}")).JsonAsync();
        Assert.Equal(("new", 1), ((string)caseA["case"]!["status"]!, caseA["trail"]!.AsArray().Count));
        Assert.Equal("Team A", (string)(await (await ownerA.GetAsync("/api/v1/case-teams")).JsonAsync())[0]!["name"]!);
        Assert.Equal(8, (double)(await (await ownerA.GetAsync("/api/v1/case-settings")).JsonAsync())["first_contact_hours"]!);
        Assert.Equal("https://hooks.example/a", (string)(await (await ownerA.GetAsync("/api/v1/webhooks")).JsonAsync())[0]!["url"]!);
        Assert.Equal("Plan A", (string)(await (await ownerA.GetAsync($"/api/v1/action-plans/{planIdA}")).JsonAsync())["title"]!);
        Assert.Equal("detractors", (string)(await (await ownerA.GetAsync("/api/v1/case-rules")).JsonAsync())[0]!["name"]!);
        Assert.Equal("Mention A", (string)Assert.Single((await (await ownerA.GetAsync("/api/v1/mentions")).JsonAsync())["items"]!.AsArray())!["text"]!);
        Assert.Equal(sourceIdA, Guid.Parse((string)Assert.Single((await (await ownerA.GetAsync("/api/v1/mention-sources")).JsonAsync()).AsArray())!["id"]!));
        var alertA = await (await ownerA.GetAsync($"/api/v1/alerts/{alertIdA}")).JsonAsync();
        Assert.Equal(("open", null), ((string)alertA["status"]!, (string?)alertA["case"]));
    }

    [Fact]
    public async Task Lists_show_only_this_workspaces_data()
    {
        var customers = await (await adminB.GetAsync("/api/v1/customers")).JsonAsync();
        var touchpoints = await (await adminB.GetAsync("/api/v1/touchpoints")).JsonAsync();
        var journeys = await (await adminB.GetAsync("/api/v1/journeys")).JsonAsync();
        var keys = await (await adminB.GetAsync("/api/v1/api-keys")).JsonAsync();
        var surveys = await (await adminB.GetAsync("/api/v1/surveys")).JsonAsync();
        var invitations = await (await adminB.GetAsync("/api/v1/invitations")).JsonAsync();
        var metricsA = await (await ownerA.GetAsync("/api/v1/metrics?metric=nps&from=2026-01-01&to=2026-01-31")).JsonAsync();
        var metricsB = await (await adminB.GetAsync("/api/v1/metrics?metric=nps&from=2026-01-01&to=2026-01-31")).JsonAsync();
        var responsesA = await (await ownerA.GetAsync("/api/v1/responses")).JsonAsync();
        var responsesB = await (await adminB.GetAsync("/api/v1/responses")).JsonAsync();

        Assert.Empty(customers["items"]!.AsArray());
        Assert.Empty(touchpoints.AsArray());
        Assert.Empty(journeys.AsArray());
        Assert.Empty(surveys.AsArray());
        Assert.Empty(invitations.AsArray());
        Assert.DoesNotContain(keys.AsArray(), k => Guid.Parse((string)k!["id"]!) == keyIdA);
        Assert.Equal(1, (int)metricsA["groups"]![0]!["n"]!);
        Assert.Empty(metricsB["groups"]!.AsArray());
        Assert.Equal("r-a", (string?)Assert.Single(responsesA["items"]!.AsArray())!["id"]);
        Assert.Empty(responsesB["items"]!.AsArray());
        var themesB = await (await adminB.GetAsync("/api/v1/text/themes?from=2025-12-01&to=2026-01-31")).JsonAsync();
        var emergingB = await (await adminB.GetAsync("/api/v1/text/emerging?period=day&date=2026-01-01")).JsonAsync();
        Assert.Equal(0, (int)themesB["comments"]!);
        Assert.Equal(0, (int)emergingB["comments"]!);
        Assert.Empty(emergingB["topics"]!.AsArray());
        foreach (var list in new[] { "/api/v1/case-rules", "/api/v1/case-teams", "/api/v1/case-reply-templates", "/api/v1/action-plans", "/api/v1/webhooks", "/api/v1/alerts", "/api/v1/alerts/subscribers" })
        {
            Assert.Empty((await (await adminB.GetAsync(list)).JsonAsync()).AsArray());
        }

        Assert.Empty((await (await adminB.GetAsync("/api/v1/cases")).JsonAsync())["items"]!.AsArray());
        Assert.Empty((await (await adminB.GetAsync("/api/v1/mentions")).JsonAsync())["items"]!.AsArray());
        Assert.Empty((await (await adminB.GetAsync("/api/v1/mention-sources")).JsonAsync()).AsArray());
    }

    [Fact]
    public async Task A_read_key_cannot_write_and_an_ingest_key_cannot_read()
    {
        var workspace = await app.CreateWorkspaceAsync("scoped");
        var reader = app.Client(await app.CreateKeyAsync(workspace.Id, ApiKeyScope.Read));
        var ingester = app.Client(await app.CreateKeyAsync(workspace.Id, ApiKeyScope.Ingest));
        const string response = """{"id": "r", "survey": "s", "submitted_at": "2026-01-01T00:00:00Z"}""";

        Assert.Equal(HttpStatusCode.Forbidden, (await reader.PostJsonAsync("/api/v1/responses", response)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await reader.PostJsonAsync("/api/v1/api-keys", """{"name": "k", "scope": "admin"}""")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await ingester.PostJsonAsync("/api/v1/api-keys", """{"name": "k", "scope": "admin"}""")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await reader.GetAsync("/api/v1/customers")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await ingester.GetAsync("/api/v1/customers")).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await ingester.PostJsonAsync("/api/v1/responses", response)).StatusCode);
    }

    [Fact]
    public async Task A_revoked_key_stops_working_at_once_and_no_listing_shows_a_secret()
    {
        var workspace = await app.CreateWorkspaceAsync("revoked");
        var admin = app.Client(await app.CreateKeyAsync(workspace.Id, ApiKeyScope.Admin));
        var created = await (await admin.PostJsonAsync("/api/v1/api-keys", """{"name": "shop", "scope": "read"}""")).JsonAsync();
        var shop = app.Client((string)created["key"]!);
        Assert.Equal(HttpStatusCode.OK, (await shop.GetAsync("/api/v1/customers")).StatusCode);

        Assert.Equal(HttpStatusCode.NoContent, (await admin.DeleteAsync($"/api/v1/api-keys/{(string)created["id"]!}")).StatusCode);

        Assert.Equal(HttpStatusCode.Unauthorized, (await shop.GetAsync("/api/v1/customers")).StatusCode);
        var listed = await (await admin.GetAsync("/api/v1/api-keys")).JsonAsync();
        Assert.All(listed.AsArray(), k => Assert.Null(k!["key"]));
    }
}
