using System.Net;
using System.Text.RegularExpressions;
using Ekko.Server.Tests.Features.Surveys;

namespace Ekko.Server.Tests.Features.Distribution;

/// <summary>The open link as a respondent without JavaScript uses it: plain form posts, one question per page.</summary>
public sealed partial class SurveyPagesTests : IAsyncLifetime
{
    private readonly EkkoApp app = new();
    private HttpClient admin = null!;

    public async Task InitializeAsync()
    {
        await app.InitializeAsync();
        (_, admin) = await app.WorkspaceWithAdminAsync("shop");
        await admin.CreateTouchpointAsync("home-delivery");
        Assert.Equal(HttpStatusCode.Created, (await admin.PostJsonAsync("/api/v1/surveys", SurveyEndpointsTests.DeliverySurvey)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await admin.PostJsonAsync("/api/v1/surveys/post-delivery/status", """{"status": "active"}""")).StatusCode);
    }

    public Task DisposeAsync() => app.DisposeAsync();

    private static FormUrlEncodedContent Form(string question, string? session, params string[] answers) =>
        new([new("question", question), .. session is null ? [] : new KeyValuePair<string, string>[] { new("session", session) }, .. answers.Select(a => new KeyValuePair<string, string>("answer", a))]);

    private static string Session(string html) => SessionField().Match(html).Groups[1].Value;

    [Fact]
    public async Task A_detractor_gets_the_detractor_follow_up_and_the_answer_lands_in_the_response_store()
    {
        var respondent = app.Client();
        respondent.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en-GB,en;q=0.8");
        var first = await respondent.GetStringAsync("/s/shop-post-delivery");
        Assert.Contains("<html lang=\"en\">", first, StringComparison.Ordinal);
        Assert.Contains("How likely is it", first, StringComparison.Ordinal);
        Assert.Contains("Question 1 of 3", first, StringComparison.Ordinal);

        var second = await (await respondent.PostAsync("/s/shop-post-delivery", Form("nps", null, "3"))).Content.ReadAsStringAsync();
        Assert.Contains("What should we do differently?", second, StringComparison.Ordinal);
        var session = Session(second);
        var third = await (await respondent.PostAsync("/s/shop-post-delivery", Form("why_detractor", session, "It came <script>alert(1)</script> late"))).Content.ReadAsStringAsync();
        Assert.Contains("What was your purchase about?", third, StringComparison.Ordinal);

        // Back to the comment: it is shown encoded, never as markup.
        var back = await respondent.GetStringAsync("/s/shop-post-delivery?q=why_detractor");
        Assert.Contains("It came &lt;script&gt;alert(1)&lt;/script&gt; late", back, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>", back, StringComparison.Ordinal);

        var done = await respondent.PostAsync("/s/shop-post-delivery", Form("reason", session, "tv"));
        Assert.Contains("Thank you!", await done.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var stored = await (await admin.GetAsync("/api/v1/responses?survey=post-delivery")).JsonAsync();
        var response = Assert.Single(stored["items"]!.AsArray())!;
        Assert.Equal("nps", (string?)response["metric"]);
        Assert.Equal(3, (int?)response["score"]);
        Assert.Equal("It came <script>alert(1)</script> late", (string?)response["comment"]);
        Assert.Equal("tv", (string?)response["answers"]!["reason"]);
        Assert.Equal("complete", (string?)response["attributes"]!["completion"]);
        Assert.Equal("home-delivery", (string?)response["touchpoint"]);
        Assert.Equal("link", (string?)response["channel"]);
        Assert.Equal("en", (string?)response["language"]);

        // The same session cannot answer again.
        var replay = await respondent.PostAsync("/s/shop-post-delivery", Form("reason", session, "phone"));
        Assert.Contains("You have already answered", await replay.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Single((await (await admin.GetAsync("/api/v1/responses?survey=post-delivery")).JsonAsync())["items"]!.AsArray());
    }

    [Fact]
    public async Task Bad_answers_get_a_message_in_the_respondents_language_and_store_nothing()
    {
        var respondent = app.Client();
        respondent.DefaultRequestHeaders.AcceptLanguage.ParseAdd("sv-SE");
        foreach (var (answers, message) in new[]
        {
            (Array.Empty<string>(), "Välj ett svar innan du går vidare."),
            (new[] { "11" }, "Välj en av siffrorna som visas."),
            (new[] { "nine" }, "Välj en av siffrorna."),
            (new[] { "3", "4" }, "Välj en av siffrorna."),
        })
        {
            var response = await respondent.PostAsync("/s/shop-post-delivery", Form("nps", null, answers));
            var html = await response.Content.ReadAsStringAsync();
            Assert.Contains(message, html, StringComparison.Ordinal);
            Assert.Contains("role=\"alert\"", html, StringComparison.Ordinal);
            Assert.Contains("<html lang=\"sv\">", html, StringComparison.Ordinal);
        }

        var unknown = await respondent.PostAsync("/s/shop-post-delivery", Form("made-up", null, "1"));
        Assert.Contains("Den frågan finns inte", await unknown.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var notForm = await respondent.PostAsync("/s/shop-post-delivery", new StringContent("{}", System.Text.Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, notForm.StatusCode);
        var huge = await respondent.PostAsync("/s/shop-post-delivery", Form("nps", null, new string('x', 100_000)));
        Assert.Equal(HttpStatusCode.BadRequest, huge.StatusCode);
        var forged = await respondent.PostAsync("/s/shop-post-delivery", Form("nps", "forged-token", "9"));
        Assert.Equal(HttpStatusCode.OK, forged.StatusCode);

        var stored = await (await admin.GetAsync("/api/v1/responses?survey=post-delivery")).JsonAsync();
        Assert.Empty(stored["items"]!.AsArray());
    }

    [Fact]
    public async Task A_return_visit_resumes_where_the_respondent_stopped_and_the_language_can_be_switched()
    {
        var respondent = app.Client();
        respondent.DefaultRequestHeaders.AcceptLanguage.ParseAdd("sv");
        var afterScore = await respondent.PostAsync("/s/shop-post-delivery", Form("nps", null, "10"));
        Assert.Contains("ekko.s.shop-post-delivery=", string.Join(";", afterScore.Headers.GetValues("Set-Cookie")), StringComparison.Ordinal);
        var cookie = afterScore.Headers.GetValues("Set-Cookie").First().Split(';')[0];

        var returning = app.Client();
        returning.DefaultRequestHeaders.Add("Cookie", cookie);
        var resumed = await returning.GetStringAsync("/s/shop-post-delivery");
        Assert.Contains("Vad är den främsta anledningen till ditt betyg?", resumed, StringComparison.Ordinal);
        Assert.Contains("Fråga 2 av 3", resumed, StringComparison.Ordinal);

        var english = await returning.GetStringAsync("/s/shop-post-delivery?lang=en");
        Assert.Contains("What is the main reason for your score?", english, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Jumping_ahead_does_not_finish_a_survey_with_a_required_question_unanswered()
    {
        var respondent = app.Client();
        respondent.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en");
        var last = await (await respondent.PostAsync("/s/shop-post-delivery", Form("reason", null, "tv"))).Content.ReadAsStringAsync();
        Assert.Contains("How likely is it", last, StringComparison.Ordinal);
        Assert.Empty((await (await admin.GetAsync("/api/v1/responses?survey=post-delivery")).JsonAsync())["items"]!.AsArray());
    }

    [Fact]
    public async Task Closed_and_unknown_surveys_say_so_and_the_pages_forbid_scripts()
    {
        var missing = await app.Client().GetAsync("/s/no-such-survey");
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Contains("default-src 'none'", missing.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
        await admin.PostJsonAsync("/api/v1/surveys/post-delivery/status", """{"status": "closed"}""");
        var closed = await app.Client().GetAsync("/s/shop-post-delivery");
        Assert.Equal(HttpStatusCode.Gone, closed.StatusCode);
        var answer = await app.Client().PostAsync("/s/shop-post-delivery", Form("nps", null, "9"));
        Assert.Equal(HttpStatusCode.Gone, answer.StatusCode);
    }

    [GeneratedRegex("name=\"session\" value=\"([^\"]+)\"")]
    private static partial Regex SessionField();
}
