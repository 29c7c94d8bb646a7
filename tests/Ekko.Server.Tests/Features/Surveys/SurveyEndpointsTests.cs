using System.Net;
using System.Text.Json.Nodes;

namespace Ekko.Server.Tests.Features.Surveys;

public sealed class SurveyEndpointsTests : IAsyncLifetime
{
    public const string DeliverySurvey = """
        {"key": "post-delivery", "name": "After delivery", "touchpoint": "home-delivery", "default_language": "sv", "languages": ["sv", "en"],
         "questions": [
           {"id": "nps", "type": "nps", "text": {"sv": "Hur troligt är det att du skulle rekommendera oss till en vän eller kollega?", "en": "How likely is it that you would recommend us to a friend or colleague?"}},
           {"id": "why_detractor", "type": "open_text", "show_if": {"question": "nps", "max": 6}, "text": {"sv": "Vad borde vi göra annorlunda?", "en": "What should we do differently?"}},
           {"id": "why", "type": "open_text", "show_if": {"question": "nps", "min": 7}, "text": {"sv": "Vad är den främsta anledningen till ditt betyg?", "en": "What is the main reason for your score?"}},
           {"id": "reason", "type": "single_choice", "required": true, "text": {"sv": "Vad handlade ditt köp om?", "en": "What was your purchase about?"},
            "options": [{"id": "tv", "text": {"sv": "TV", "en": "TV"}}, {"id": "phone", "text": {"sv": "Mobil", "en": "Phone"}}]}]}
        """;

    private readonly EkkoApp app = new();
    private HttpClient admin = null!;

    public async Task InitializeAsync()
    {
        await app.InitializeAsync();
        (_, admin) = await app.WorkspaceWithAdminAsync("shop");
        await admin.CreateTouchpointAsync("home-delivery");
    }

    public Task DisposeAsync() => app.DisposeAsync();

    [Fact]
    public async Task A_survey_is_created_as_a_draft_with_an_open_link_and_read_back_whole()
    {
        var created = await admin.PostJsonAsync("/api/v1/surveys", DeliverySurvey);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var survey = await (await admin.GetAsync("/api/v1/surveys/post-delivery")).JsonAsync();
        Assert.Equal("draft", (string?)survey["status"]);
        Assert.Equal("/s/shop-post-delivery", (string?)survey["open_link"]);
        Assert.Equal("home-delivery", (string?)survey["touchpoint"]);
        Assert.Equal(["nps", "why_detractor", "why", "reason"], survey["questions"]!.AsArray().Select(q => (string)q!["id"]!).ToArray());
        Assert.Equal(6, (int?)survey["questions"]![1]!["show_if"]!["max"]);
        Assert.True((bool?)survey["questions"]![0]!["required"]);
        Assert.Equal(30, (int?)survey["distribution"]?["contact_limit_days"] ?? 30);
        var list = await (await admin.GetAsync("/api/v1/surveys")).JsonAsync();
        Assert.Equal(4, (int?)list[0]!["questions"]);
    }

    [Fact]
    public async Task Every_mistake_in_a_survey_body_is_named_by_its_path()
    {
        var response = await admin.PostJsonAsync("/api/v1/surveys", """
            {"key": "Bad Key", "name": "x", "default_language": "sv", "languages": ["sv", "en"], "touchpoint": "nowhere",
             "questions": [
               {"id": "nps", "type": "nps", "text": {"sv": "Hur troligt ...?"}},
               {"id": "nps", "type": "rating", "text": {"sv": "a", "en": "b"}, "scale": {"min": 1, "max": 40}},
               {"id": "pick", "type": "single_choice", "text": {"sv": "a", "en": "b"}, "options": [{"id": "one", "text": {"sv": "1", "en": "1"}}]},
               {"id": "follow", "type": "open_text", "text": {"sv": "a", "en": "b"}, "show_if": {"question": "later", "min": 1}},
               {"id": "later", "type": "smiley", "text": {"sv": "a", "en": "b"}}]}
            """);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = await response.ProblemErrorsAsync();
        Assert.Contains("key", errors.Keys);
        Assert.Contains("questions[0].text.en", errors.Keys);
        Assert.Contains("questions[1].scale.max", errors.Keys);
        Assert.Contains("questions[2].options", errors.Keys);
        Assert.Contains("questions[3].show_if.question", errors.Keys);
        Assert.Contains("questions[4].type", errors.Keys);
    }

    [Fact]
    public async Task Templates_in_four_languages_become_valid_surveys_with_the_company_name()
    {
        var templates = await (await admin.GetAsync("/api/v1/survey-templates")).JsonAsync();
        var keys = templates.AsArray().Select(t => (string)t!["key"]!).ToList();
        Assert.Equal(["delivery-csat", "relationship-nps", "support-ces", "training-evaluation"], keys);
        foreach (var key in keys)
        {
            var created = await admin.PostJsonAsync("/api/v1/surveys/from-template", $$"""{"template": "{{key}}"}""");
            Assert.Equal(HttpStatusCode.Created, created.StatusCode);
            var survey = await created.JsonAsync();
            Assert.Equal(["en", "sv", "nb", "da"], survey["languages"]!.AsArray().Select(l => (string)l!).ToArray());
        }

        var nps = await (await admin.GetAsync("/api/v1/surveys/relationship-nps")).JsonAsync();
        Assert.Equal("Hur troligt är det att du skulle rekommendera shop till en vän eller kollega?", (string?)nps["questions"]![0]!["text"]!["sv"]);
        var unknown = await admin.PostJsonAsync("/api/v1/surveys/from-template", """{"template": "nope"}""");
        Assert.Contains("template", (await unknown.ProblemErrorsAsync()).Keys);
    }

    [Fact]
    public async Task Status_follows_draft_active_closed_and_an_answered_survey_keeps_its_questions()
    {
        await admin.PostJsonAsync("/api/v1/surveys", DeliverySurvey);
        Assert.Equal("active", (string?)(await (await admin.PostJsonAsync("/api/v1/surveys/post-delivery/status", """{"status": "active"}""")).JsonAsync())["status"]);

        // Someone answers on the open link.
        var page = app.Client();
        var answered = await page.PostAsync("/s/shop-post-delivery", new FormUrlEncodedContent([new("question", "nps"), new("answer", "9")]));
        Assert.Equal(HttpStatusCode.OK, answered.StatusCode);

        var body = JsonNode.Parse(DeliverySurvey)!.AsObject();
        body["questions"]!.AsArray().RemoveAt(3);
        var removal = await admin.PutJsonAsync("/api/v1/surveys/post-delivery", body.ToJsonString());
        Assert.Equal(HttpStatusCode.BadRequest, removal.StatusCode);
        Assert.Contains("reason", (await removal.ProblemErrorsAsync())["questions"][0]);

        var reworded = JsonNode.Parse(DeliverySurvey)!.AsObject();
        reworded["questions"]![2]!["text"]!["en"] = "Why did you give that score?";
        var rewording = await admin.PutJsonAsync("/api/v1/surveys/post-delivery", reworded.ToJsonString());
        Assert.Equal(HttpStatusCode.OK, rewording.StatusCode);
        Assert.Equal(2, (int?)(await rewording.JsonAsync())["version"]);

        var toDraft = await admin.PostJsonAsync("/api/v1/surveys/post-delivery/status", """{"status": "draft"}""");
        Assert.Equal(HttpStatusCode.Conflict, toDraft.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await admin.DeleteAsync("/api/v1/surveys/post-delivery")).StatusCode);
        Assert.Equal("closed", (string?)(await (await admin.PostJsonAsync("/api/v1/surveys/post-delivery/status", """{"status": "closed"}""")).JsonAsync())["status"]);
        var bad = await admin.PostJsonAsync("/api/v1/surveys/post-delivery/status", """{"status": "paused"}""");
        Assert.Contains("status", (await bad.ProblemErrorsAsync()).Keys);
    }

    [Fact]
    public async Task Lint_flags_leading_and_double_barrelled_wording_per_language_and_passes_the_standard_nps_question()
    {
        var body = JsonNode.Parse(DeliverySurvey)!.AsObject();
        body["questions"]!.AsArray().Add(JsonNode.Parse("""
            {"id": "staff", "type": "rating", "text": {"sv": "Hur fantastisk var vår snabba och trevliga personal?", "en": "How amazing were our fast and friendly staff?"}}
            """));
        var response = await admin.PostJsonAsync("/api/v1/surveys/lint", body.ToJsonString());
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var lint = (await response.JsonAsync()).AsArray();
        Assert.Empty(lint.Single(l => (string?)l!["question"] == "nps" && (string?)l["language"] == "en")!["warnings"]!.AsArray());
        foreach (var language in new[] { "sv", "en" })
        {
            var codes = lint.Single(l => (string?)l!["question"] == "staff" && (string?)l["language"] == language)!["warnings"]!.AsArray().Select(w => (string)w!["code"]!).ToList();
            Assert.Contains("double_barrelled", codes);
            Assert.Contains(codes, c => c is "leading" or "loaded");
        }
    }

    [Fact]
    public async Task What_get_returns_can_be_put_back_unchanged()
    {
        await admin.PostJsonAsync("/api/v1/surveys/from-template", """{"template": "training-evaluation"}""");
        var survey = await (await admin.GetAsync("/api/v1/surveys/training-evaluation")).JsonAsync();
        var put = await admin.PutJsonAsync("/api/v1/surveys/training-evaluation", survey.ToJsonString());
        Assert.Equal(HttpStatusCode.OK, put.StatusCode);
        var after = await put.JsonAsync();
        Assert.Equal(1, (int?)after["version"]);
        Assert.Equal(survey["questions"]!.ToJsonString(), after["questions"]!.ToJsonString());
    }
}
