using System.Net;
using System.Text;

namespace Ekko.Server.Tests;

/// <summary>Whatever a client sends, the answer is a clear 4xx problem, never a 500, and nothing is half-written.</summary>
public sealed class HostileInputTests : IAsyncLifetime
{
    private readonly EkkoApp app = new();
    private HttpClient admin = null!;

    public async Task InitializeAsync()
    {
        await app.InitializeAsync();
        (_, admin) = await app.WorkspaceWithAdminAsync("shop");
        await admin.PutJsonAsync("/api/v1/customers/c-1", """{"name": "Anna"}""");
    }

    public Task DisposeAsync() => app.DisposeAsync();

    public static TheoryData<string, string, string?> Requests() => new()
    {
        { "POST", "/api/v1/responses", "" },
        { "POST", "/api/v1/responses", "   " },
        { "POST", "/api/v1/responses", new string('[', 5000) + new string(']', 5000) },
        { "POST", "/api/v1/responses", """{"id": "r-1", "survey": "s", "submitted_at": "2026-01-01T00:00:00Z", "metric": "nps", "score": 1e400}""" },
        { "POST", "/api/v1/responses", """{"id": "r-1", "survey": "s", "submitted_at": "9999-12-31T23:59:59-14:00"}""" },
        { "POST", "/api/v1/responses", """{"id": "r-1", "survey": "s", "submitted_at": "0001-01-01T00:00:00+14:00"}""" },
        { "POST", "/api/v1/responses", $$"""{"id": "{{new string('x', 300)}}", "survey": "s", "submitted_at": "2026-01-01T00:00:00Z"}""" },
        { "POST", "/api/v1/responses", """{"id": "r-1", "survey": "s", "submitted_at": "2026-01-01T00:00:00Z", "attributes": {"": 1}}""" },
        { "POST", "/api/v1/responses", """{"id": "r-1", "id": "r-2", "survey": "s", "submitted_at": "2026-01-01T00:00:00Z"}""" },
        { "POST", "/api/v1/responses/batch", """{"items": {}}""" },
        { "POST", "/api/v1/responses/batch", """{"items": [null, 1, "x", []]}""" },
        { "POST", "/api/v1/interactions", """{"id": "e-1", "type": "Order Placed!", "occurred_at": "2026-01-01T00:00:00Z"}""" },
        { "PUT", "/api/v1/customers/c-2", """{"attributes": {"nested": {"a": 1}}, "consent": {"sms": true}}""" },
        { "PUT", "/api/v1/customers/c-2", """{"consent": "yes"}""" },
        { "POST", "/api/v1/journeys", """{"key": "j", "name": "J", "stages": [{"name": "A", "touchpoints": "checkout"}]}""" },
        { "POST", "/api/v1/journeys", """{"key": "j", "name": "J", "stages": [1, {"touchpoints": [1]}]}""" },
        { "POST", "/api/v1/api-keys", """{"name": "k", "scope": "root"}""" },
        { "GET", "/api/v1/customers/c-1/timeline?cursor=" + Core.Formats.Cursor.Encode("not a time", "response", "r-1"), null },
        { "GET", "/api/v1/customers/c-1/timeline?limit=99999999999999", null },
        { "GET", "/api/v1/customers?attributes.=x", null },
        { "GET", "/api/v1/customers?cursor=" + Core.Formats.Cursor.Encode("a", "b"), null },
        { "GET", "/api/v1/metrics", null },
        { "GET", "/api/v1/metrics?metric=happiness", null },
        { "GET", "/api/v1/metrics?metric=nps&from=0001-01-01&to=0001-01-31", null },
        { "GET", "/api/v1/metrics?metric=nps&from=2026-01-01&to=9999-12-31&by=day", null },
        { "GET", "/api/v1/metrics?metric=nps&from=2026-02-30", null },
        { "GET", "/api/v1/metrics?metric=nps&from=2026-03-01&to=2026-02-01", null },
        { "GET", "/api/v1/metrics?metric=nps&by=week,month", null },
        { "GET", "/api/v1/metrics?metric=nps&by=touchpoint,touchpoint", null },
        { "GET", "/api/v1/metrics?metric=nps&by=no_such_dimension", null },
        { "GET", "/api/v1/metrics?metric=nps&minimum_n=-5", null },
        { "GET", "/api/v1/metrics?metric=nps&minimum_n=99999999999", null },
        { "GET", "/api/v1/metrics?metric=nps&colour=red", null },
        { "GET", "/api/v1/metrics/churn?from=2026-13", null },
        { "GET", "/api/v1/metrics/retention?from=yesterday", null },
        { "PUT", "/api/v1/metrics/activity-rule", """{"types": "order.placed", "window_days": "90"}""" },
        { "PUT", "/api/v1/metrics/activity-rule", """[]""" },
        { "DELETE", "/api/v1/customers/nobody", null },
        { "POST", "/api/v1/surveys", """{"key": "s", "name": "S", "default_language": "xx-yyyy-zz", "languages": [1, null, {}], "questions": "many"}""" },
        { "POST", "/api/v1/surveys", """{"key": "s", "name": "S", "default_language": "en", "questions": [{"id": "q", "type": "rating", "text": {"en": "Q"}, "scale": {"min": -2147483648, "max": 2147483647, "labels": {"en": {"low": 1}}}}]}""" },
        { "POST", "/api/v1/surveys", """{"key": "s", "name": "S", "default_language": "en", "questions": [{"id": "q", "type": "nps", "text": {"en": "Q"}, "show_if": {"question": "q", "min": 1e400}}]}""" },
        { "POST", "/api/v1/surveys", """{"key": "s", "name": "S", "default_language": "en", "questions": [{"id": "q", "type": "single_choice", "text": {"en": "Q"}, "options": [null, {"id": 5}]}]}""" },
        { "POST", "/api/v1/surveys/lint", """{"questions": []}""" },
        { "POST", "/api/v1/surveys/from-template", """{"template": "../../etc/passwd"}""" },
        { "POST", "/api/v1/surveys/nothing/status", """{"status": 1}""" },
        { "POST", "/api/v1/surveys/nothing/invitations", """{"customers": "c-1"}""" },
        { "POST", "/api/v1/surveys/nothing/triggers", """{"interaction_type": 5, "delay_hours": 99999999}""" },
        { "GET", "/api/v1/invitations?status=lost&limit=-1", null },
        { "POST", "/api/v1/surveys", """{"key": "s", "name": "S", "default_language": "en", "questions": [{"id": "q", "type": "open_text", "text": {"en": "\uD800"}}]}""" },
        { "POST", "/api/v1/surveys", """{"key": "s", "name": "S", "default_language": "en", "languages": ["\uDC00"], "questions": [{"id": "q", "type": "single_choice", "text": {"en": "Q"}, "options": [{"id": "a", "text": {"en": "\uD800"}}, {"id": "b", "text": {"en": "B"}}], "show_if": {"question": "q", "any_of": ["\uD800"]}}]}""" },
        { "POST", "/api/public/widget/shop/answers", """{"survey": "\uD800", "question": "q", "answer": "\uD800"}""" },
        { "POST", "/api/v1/responses", """{"id": "r-9", "survey": "s", "submitted_at": "2026-01-01T00:00:00Z", "attributes": {"campaign": "\uD800"}}""" },
        { "POST", "/api/v1/interactions", """{"id": "e-9", "type": "order.placed", "occurred_at": "2026-01-01T00:00:00Z", "properties": {"campaign": "\uDFFF"}}""" },
        { "POST", "/api/v1/cases/bulk", """{"cases": ["\uD800"], "status": "closed"}""" },
        { "PUT", "/api/v1/contact-rules", """{"contact_limit_days": -1, "quiet_hours_start": 24, "time_zone": "Mars/Olympus"}""" },
        { "POST", "/api/public/widget/shop/answers", """{"survey": ["x"], "question": {}, "answer": {"a": 1}, "visitor": "me"}""" },
        { "POST", "/api/public/widget/shop/answers", """{"survey": "shop-s", "question": "q", "answer": 1, "session": "%%%"}""" },
        { "GET", "/api/public/widget/shop/surveys?visitor=" + new string('x', 5000) + "&signature=zz", null },
        { "GET", "/api/v1/insights/root-cause", null },
        { "GET", "/api/v1/responses?min_score=eleven", null },
        { "GET", "/api/v1/responses?max_score=99", null },
        { "GET", "/api/v1/responses?metric=happiness", null },
        { "GET", "/api/v1/responses?from=2026-02-30", null },
        { "GET", "/api/v1/responses?limit=0", null },
        { "GET", "/api/v1/responses?cursor=not-a-cursor", null },
        { "GET", "/api/v1/responses?colour=red", null },
        { "GET", "/api/v1/insights/priorities?metric=volume", null },
        { "GET", "/api/v1/insights/anomalies?grain=hour", null },
        { "GET", "/api/v1/insights/drivers?metric=volume", null },
        { "GET", "/api/v1/insights/drivers?from=2026-05-01&to=2026-01-01", null },
        { "GET", "/api/v1/insights/drivers?colour=red", null },
        { "GET", "/api/v1/churn-risk?cursor=%%%", null },
        { "GET", "/api/v1/churn-risk?limit=-5", null },
        { "GET", "/api/v1/churn-risk?colour=red", null },
        { "POST", "/api/v1/churn-risk/cases", "[1, 2]" },
        { "POST", "/api/v1/churn-risk/cases", """{"customers": "c-a"}""" },
        { "POST", "/api/v1/churn-risk/cases", """{"customers": [null, 5, {"x": 1}]}""" },
        { "POST", "/api/v1/churn-risk/cases", """{"customers": ["nobody"], "priority": 7}""" },
        { "GET", "/api/v1/insights/anomalies?threshold=NaN", null },
        { "GET", "/api/v1/insights/anomalies?threshold=-1", null },
        { "GET", "/api/v1/insights/anomalies?from=1000-01-01", null },
        { "GET", "/api/v1/insights/anomalies?from=2020-01-01&to=2026-01-01", null },
        { "GET", "/api/v1/insights/anomalies?by=shoe_size", null },
        { "GET", "/api/v1/insights/priorities?by=shoe_size", null },
        { "GET", "/api/v1/insights/priorities?from=2026-05-01&to=2026-04-01", null },
        { "GET", "/api/v1/insights/priorities?to=9999-12-31", null },
        { "GET", "/api/v1/insights/priorities?by=theme&filter.region=Sk%C3%A5ne", null },
        { "GET", "/api/v1/insights/drivers?themes=maybe", null },
        { "GET", "/api/v1/insights/root-cause?metric=negative_share&baseline=2026-01-01..2026-01-31&current=2026-02-01..2026-02-28", null },
        { "GET", "/api/v1/insights/root-cause?metric=nps&baseline=2026-01-31..2026-01-01&current=2026-02-01..2026-02-28", null },
        { "GET", "/api/v1/insights/root-cause?metric=nps&baseline=0001-01-01..0001-01-02&current=2026-02-01..2026-02-28", null },
        { "GET", "/api/v1/insights/root-cause?metric=nps&baseline=2026-01-01&current=2026-02-01..2026-02-28", null },
        { "GET", "/api/v1/insights/root-cause?metric=nps&baseline=2026-01-01..2026-01-31&current=2026-02-01..2026-02-28&dimensions=shoe_size", null },
        { "POST", "/api/v1/responses", """{"id": "r-\uD800", "survey": "s", "submitted_at": "2026-01-01T00:00:00Z"}""" },
        { "POST", "/api/v1/responses", """{"id": "r-1", "survey": "s", "submitted_at": "\uDC00", "score": "\uD800"}""" },
        { "GET", "/api/v1/responses?sentiment=happy", null },
        { "GET", "/api/v1/responses?sentiment=Positive", null },
        { "PUT", "/api/v1/text/taxonomy", "[]" },
        { "PUT", "/api/v1/text/taxonomy", """{"themes": null}""" },
        { "PUT", "/api/v1/text/taxonomy", """{"version": 1e400, "themes": []}""" },
        { "PUT", "/api/v1/text/taxonomy", """{"themes": [{"id": "x", "name": "x", "rules": {"sv": ["NOT NOT NOT"]}}]}""" },
        { "PUT", "/api/v1/text/taxonomy", $$$"""{"themes": [{"id": "x", "name": "x", "rules": {"sv": ["{{{new string('(', 240)}}}x{{{new string(')', 240)}}}", "{{{new string('(', 3000)}}}"]}}]}""" },
        { "PUT", "/api/v1/text/taxonomy", """{"themes": [{"id": "x", "name": "x", "rules": {"sv": ["\"", "*", "**", "x AND", "OR", "\"\""]}}]}""" },
        { "PUT", "/api/v1/text/taxonomy", """{"themes": [{"id": "x", "name": "x", "rules": {"sv": ["\uD800x"], "xx-YY": []}}]}""" },
        { "PUT", "/api/v1/text/taxonomy", $$$"""{"themes": [{{{string.Join(",", Enumerable.Range(0, 201).Select(i => $$$"""{"id": "t{{{i}}}", "name": "t", "rules": {"en": ["x"]}}"""))}}}]}""" },
        { "PUT", "/api/v1/text/settings", """{"redact_pii": "yes"}""" },
        { "PUT", "/api/v1/text/settings", """{}""" },
        { "POST", "/api/v1/text/taxonomy/themes/from-topic", """{"id": "x", "name": "x", "language": "sv", "keyphrases": ["a\"b(", "NOT", 3]}""" },
        { "POST", "/api/v1/text/taxonomy/themes/from-topic", """{"id": "delivery", "name": "x", "language": "sv", "keyphrases": ["leverans"]}""" },
        { "GET", "/api/v1/text/emerging?period=month", null },
        { "GET", "/api/v1/text/emerging?date=0001-01-01", null },
        { "GET", "/api/v1/text/emerging?date=9999-12-31", null },
        { "GET", "/api/v1/text/emerging?date=2026-02-30", null },
        { "GET", "/api/v1/text/themes?from=2026-05-01&to=2026-01-01", null },
        { "GET", "/api/v1/text/themes?from=0001-01-01", null },
        { "GET", "/api/v1/text/themes?colour=red", null },
        { "GET", "/api/v1/text/taxonomy?version=1", null },
        { "GET", "/api/v1/text/reanalysis?x=1", null },
        { "GET", "/api/v1/text/themes?source=twitter", null },
        { "PUT", "/api/v1/text/settings", """{"languages": []}""" },
        { "PUT", "/api/v1/text/settings", """{"languages": "sv,en"}""" },
        { "POST", "/api/v1/mentions", """{"id": "m-1", "source": "x", "text": "\uD800 broken", "published_at": "2026-01-01T00:00:00Z"}""" },
        { "POST", "/api/v1/mentions", $$"""{"id": "m-1", "source": "x", "text": "{{new string('x', 20_001)}}", "published_at": "2026-01-01T00:00:00Z"}""" },
        { "POST", "/api/v1/mentions", """{"id": "m-1", "source": "x", "text": "t", "published_at": "2026-01-01T00:00:00Z", "hashtags": {"a": 1}}""" },
        { "POST", "/api/v1/mentions", $$"""{"id": "m-1", "source": "x", "text": "t", "published_at": "2026-01-01T00:00:00Z", "hashtags": [{{string.Join(",", Enumerable.Repeat("\"#a\"", 51))}}]}""" },
        { "POST", "/api/v1/mentions/batch", """{"items": [null, {"id": 5}]}""" },
        { "GET", "/api/v1/mentions?sentiment=angry", null },
        { "GET", "/api/v1/mentions?cursor=" + Core.Formats.Cursor.Encode("not a time", "m-1"), null },
        { "GET", "/api/v1/mentions?from=2026-02-30", null },
        { "GET", "/api/v1/mentions?hashtag=x", null },
        { "POST", "/api/v1/mention-sources", """{"url": "javascript:alert(1)"}""" },
        { "POST", "/api/v1/mention-sources", """{"url": "https://user:pw@forum.example/feed", "interval_minutes": 99999999999}""" },
        { "DELETE", "/api/v1/mention-sources/00000000-0000-0000-0000-000000000000", null },
        { "GET", "/api/v1/alerts?status=bogus", null },
        { "GET", "/api/v1/alerts?from=2026-02-30", null },
        { "GET", "/api/v1/alerts?from=2026-05-01&to=2026-01-01", null },
        { "GET", "/api/v1/alerts/not-a-guid", null },
        { "POST", "/api/v1/alerts/0196a1c2-0000-7000-8000-000000000000/action-plan", "[1" },
        { "POST", "/api/v1/alerts/0196a1c2-0000-7000-8000-000000000000/case", "[]" },
        { "POST", "/api/v1/alerts/0196a1c2-0000-7000-8000-000000000000/acknowledge", null },
        { "PUT", "/api/v1/alerts/subscribers/a%01b%40example.com", null },
        { "DELETE", "/api/v1/alerts/subscribers/" + new string('x', 400) + "@example.com", null },
    };

    [Theory]
    [MemberData(nameof(Requests))]
    public async Task Bad_input_gets_a_4xx_problem_never_a_500(string method, string url, string? body)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), url)
        {
            Content = body is null ? null : new StringContent(body, Encoding.UTF8, "application/json"),
        };

        var response = await admin.SendAsync(request);

        Assert.True((int)response.StatusCode is >= 400 and < 500, $"{method} {url} gave {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Invalid_utf8_is_a_400()
    {
        var content = new ByteArrayContent([0x7B, 0x22, 0x69, 0x64, 0x22, 0x3A, 0x22, 0xC3, 0x28, 0x22, 0x7D]);
        content.Headers.ContentType = new("application/json");

        var response = await admin.PostAsync("/api/v1/responses", content);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }
}

/// <summary>Limits that only the real web server (Kestrel) enforces, so tested on a real port.</summary>
public sealed class BodyLimitTests : IAsyncLifetime
{
    private readonly EkkoApp app = new();

    public Task InitializeAsync() => app.InitializeAsync(useKestrel: true);

    public Task DisposeAsync() => app.DisposeAsync();

    [Fact]
    public async Task A_body_over_the_size_limit_is_a_413_problem_not_a_500()
    {
        var workspace = await app.CreateWorkspaceAsync("big");
        // The client's default wait for "100 Continue" is 1 s; on a busy test machine the server's 413 can take longer,
        // and the client would start writing 40 MB into a connection the server is closing (a broken pipe, not a 413).
        using var handler = new SocketsHttpHandler { Expect100ContinueTimeout = TimeSpan.FromSeconds(30) };
        using var client = new HttpClient(handler) { BaseAddress = app.Factory.ClientOptions.BaseAddress };
        // With 100-continue the client waits for the server's verdict before sending 40 MB, as curl does;
        // otherwise the server's early 413 arrives while the client is still writing and the socket resets.
        client.DefaultRequestHeaders.ExpectContinue = true;
        client.DefaultRequestHeaders.Authorization = new("Bearer", await app.CreateKeyAsync(workspace.Id, Core.Features.Workspaces.ApiKeyScope.Admin));
        var comment = new string('a', 40_000);
        var body = $$"""{"items": [{{string.Join(",", Enumerable.Range(0, 1000).Select(i => $$"""{"id": "r-{{i}}", "survey": "s", "submitted_at": "2026-01-01T00:00:00Z", "comment": "{{comment}}"}"""))}}]}""";

        var response = await client.PostAsync("/api/v1/responses/batch", new StringContent(body, Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }
}
