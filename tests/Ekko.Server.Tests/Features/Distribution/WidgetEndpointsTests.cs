using System.Net;
using System.Text.Json.Nodes;
using Ekko.Core.Features.Distribution;
using Ekko.Server.Tests.Features.Surveys;

namespace Ekko.Server.Tests.Features.Distribution;

public sealed class WidgetEndpointsTests : IAsyncLifetime
{
    private readonly EkkoApp app = new();
    private HttpClient admin = null!;
    private string secret = "";

    public async Task InitializeAsync()
    {
        await app.InitializeAsync();
        (_, admin) = await app.WorkspaceWithAdminAsync("shop");
        await admin.CreateTouchpointAsync("home-delivery");
        var body = JsonNode.Parse(SurveyEndpointsTests.DeliverySurvey)!.AsObject();
        body["distribution"] = JsonNode.Parse("""{"widget": {"url_pattern": "/orders/*", "delay_seconds": 2}}""");
        Assert.Equal(HttpStatusCode.Created, (await admin.PostJsonAsync("/api/v1/surveys", body.ToJsonString())).StatusCode);
        await admin.PostJsonAsync("/api/v1/surveys/post-delivery/status", """{"status": "active"}""");
        secret = (string)(await (await admin.GetAsync("/api/v1/widget")).JsonAsync())["secret"]!;
    }

    public Task DisposeAsync() => app.DisposeAsync();

    private static string Answer(string question, string answer, string? session = null, string? visitor = null) =>
        $$"""{"survey": "shop-post-delivery", "question": "{{question}}", "answer": {{answer}}, "page": "/orders/42"{{(session is null ? "" : $", \"session\": \"{session}\"")}}{{visitor ?? ""}} }""";

    [Fact]
    public async Task An_identified_visitor_answers_through_the_widget_and_is_then_not_asked_again_within_the_contact_limit()
    {
        var site = app.Client();
        site.DefaultRequestHeaders.Add("Origin", "https://shop.example");
        var signature = WidgetVisitor.Sign(secret, "c-77");
        var configuration = await site.GetAsync($"/api/public/widget/shop/surveys?visitor=c-77&signature={signature}");
        Assert.Equal("*", configuration.Headers.GetValues("Access-Control-Allow-Origin").Single());
        var config = await configuration.JsonAsync();
        Assert.True((bool)config["visitor_identified"]!);
        Assert.True((bool)config["visitor_may_be_asked"]!);
        var survey = config["surveys"]![0]!;
        Assert.Equal("/orders/*", (string?)survey["targeting"]!["url_pattern"]);
        Assert.Equal("Mycket troligt", (string?)survey["questions"]![0]!["labels"]!["sv"]!["high"]);

        var visitor = $$""", "visitor": {"id": "c-77", "signature": "{{signature}}"}""";
        var first = await (await site.PostJsonAsync("/api/public/widget/shop/answers", Answer("nps", "10", visitor: visitor))).JsonAsync();
        Assert.Equal("why", (string?)first["next"]);
        var second = await (await site.PostJsonAsync("/api/public/widget/shop/answers", Answer("why", "\"Fast delivery\"", (string)first["session"]!))).JsonAsync();
        Assert.Equal("reason", (string?)second["next"]);
        var done = await (await site.PostJsonAsync("/api/public/widget/shop/answers", Answer("reason", "[\"tv\"]", (string)second["session"]!))).JsonAsync();
        Assert.True((bool)done["done"]!);

        var response = Assert.Single((await (await admin.GetAsync("/api/v1/responses?channel=widget")).JsonAsync())["items"]!.AsArray())!;
        Assert.Equal(("c-77", 10, "Fast delivery", "/orders/42"), ((string?)response["customer_id"], (int?)response["score"], (string?)response["comment"], (string?)response["attributes"]!["page"]));

        var again = await (await site.GetAsync($"/api/public/widget/shop/surveys?visitor=c-77&signature={signature}")).JsonAsync();
        Assert.False((bool)again["visitor_may_be_asked"]!);
        Assert.Equal("contacted within the last 30 days", (string?)again["reason"]);
    }

    [Fact]
    public async Task Forged_signatures_bad_answers_and_disabled_surveys_get_clear_errors_and_store_nothing()
    {
        var site = app.Client();
        var forged = await site.PostJsonAsync("/api/public/widget/shop/answers", Answer("nps", "9", visitor: """, "visitor": {"id": "c-1", "signature": "0000"}"""));
        Assert.Contains("visitor.signature", (await forged.ProblemErrorsAsync()).Keys);
        var outOfRange = await site.PostJsonAsync("/api/public/widget/shop/answers", Answer("nps", "11"));
        Assert.Equal(["expected a whole number 0-10"], (await outOfRange.ProblemErrorsAsync())["answer"]);
        var unknownQuestion = await site.PostJsonAsync("/api/public/widget/shop/answers", Answer("nope", "1"));
        Assert.Contains("question", (await unknownQuestion.ProblemErrorsAsync()).Keys);
        var notJson = await site.PostAsync("/api/public/widget/shop/answers", new StringContent("{", System.Text.Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, notJson.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await site.PostJsonAsync("/api/public/widget/nowhere/answers", Answer("nps", "9"))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await site.GetAsync("/api/public/widget/nowhere/surveys")).StatusCode);

        var noWidget = JsonNode.Parse(SurveyEndpointsTests.DeliverySurvey)!.AsObject();
        await admin.PutJsonAsync("/api/v1/surveys/post-delivery", noWidget.ToJsonString());
        Assert.Equal(HttpStatusCode.Conflict, (await site.PostJsonAsync("/api/public/widget/shop/answers", Answer("nps", "9"))).StatusCode);
        Assert.Empty((await (await site.GetAsync("/api/public/widget/shop/surveys")).JsonAsync())["surveys"]!.AsArray());
        Assert.Empty((await (await admin.GetAsync("/api/v1/responses")).JsonAsync())["items"]!.AsArray());
    }

    [Fact]
    public async Task The_script_is_small_cached_and_served_compressed()
    {
        var client = app.Client();
        client.DefaultRequestHeaders.AcceptEncoding.ParseAdd("gzip");
        var script = await client.GetAsync("/widget.js");
        Assert.Equal("text/javascript", script.Content.Headers.ContentType?.MediaType);
        Assert.Equal("gzip", script.Content.Headers.ContentEncoding.Single());
        Assert.InRange((await script.Content.ReadAsByteArrayAsync()).Length, 1000, 5000);
        var again = new HttpRequestMessage(HttpMethod.Get, "/widget.js");
        again.Headers.IfNoneMatch.ParseAdd(script.Headers.ETag!.ToString());
        Assert.Equal(HttpStatusCode.NotModified, (await client.SendAsync(again)).StatusCode);
    }
}
