using System.Text.Json.Nodes;
using Ekko.Core.Formats;

namespace Ekko.Core.Features.Surveys;

/// <summary>
/// The body of a survey create or update (docs/api.md, "Surveys"), checked whole: every question must be worded
/// in every language the survey offers, ids must be unique, and a condition may only look back at an earlier
/// question whose answers it can test.
/// </summary>
public sealed record SurveyInput(
    string Key, string Name, string? Touchpoint, string DefaultLanguage, SurveyDefinition Definition, SurveyDistribution Distribution)
{
    public const int MaxQuestions = 50;
    public const int MaxOptions = 30;
    public const int MaxQuestionLength = 500;

    private static readonly string[] ReadOnlyFields = ["status", "version", "open_link", "created_at", "updated_at", "published_at", "closed_at"];

    public static ParseResult<SurveyInput> Parse(JsonNode? node)
    {
        var reader = RecordReader.For(node, out var notAnObject);
        if (reader is null)
        {
            return new ParseResult<SurveyInput>(null, [notAnObject!]);
        }

        var errors = new List<FieldError>();
        var key = reader.RequiredKey("key");
        var name = reader.RequiredString("name", 200);
        var touchpoint = reader.OptionalKey("touchpoint");
        var defaultLanguage = reader.Has("default_language") ? reader.OptionalLanguage("default_language") : null;
        if (defaultLanguage is null && !reader.Errors.Any(e => e.Field == "default_language"))
        {
            reader.AddError("default_language", "is required: the language shown when neither the customer nor the browser names one the survey has");
        }

        var languages = ReadLanguages(node!["languages"], defaultLanguage ?? "en", errors);
        reader.Has("languages");
        var questions = reader.Has("questions") ? ReadQuestions(node!["questions"], languages, errors) : [];
        if (!node!.AsObject().ContainsKey("questions"))
        {
            errors.Add(new FieldError("questions", "is required: a list of at least one question"));
        }

        var distribution = reader.Has("distribution") ? ReadDistribution(node["distribution"], errors) : SurveyDistribution.Default;
        // What GET returns may be sent back as it is: the fields the server keeps are read and ignored.
        foreach (var field in ReadOnlyFields)
        {
            reader.Has(field);
        }

        reader.RejectUnknownFields();
        errors.InsertRange(0, reader.Errors);
        return errors.Count > 0
            ? new ParseResult<SurveyInput>(null, errors)
            : new ParseResult<SurveyInput>(new SurveyInput(key, name, touchpoint, defaultLanguage!, new SurveyDefinition(languages, questions), distribution), []);
    }

    private static List<string> ReadLanguages(JsonNode? node, string defaultLanguage, List<FieldError> errors)
    {
        if (node is null)
        {
            return [defaultLanguage];
        }

        if (node is not JsonArray array || array.Count == 0)
        {
            errors.Add(new FieldError("languages", "expected a non-empty array of language codes such as [\"sv\", \"en\"]"));
            return [defaultLanguage];
        }

        var languages = new List<string>();
        for (var i = 0; i < array.Count; i++)
        {
            var code = RecordReader.TryGetString(array[i], out var s) ? s.Trim().ToLowerInvariant() : null;
            if (code is null || !RecordReader.IsLanguageCode(code))
            {
                errors.Add(new FieldError($"languages[{i}]", $"expected a language code such as 'sv', 'nb', 'da' or 'en', got {RecordReader.Describe(array[i])}"));
            }
            else if (languages.Contains(code))
            {
                errors.Add(new FieldError($"languages[{i}]", $"'{code}' is listed twice"));
            }
            else
            {
                languages.Add(code);
            }
        }

        if (!languages.Contains(defaultLanguage))
        {
            errors.Add(new FieldError("languages", $"must include the default language '{defaultLanguage}'"));
        }

        return languages;
    }

    private static List<SurveyQuestion> ReadQuestions(JsonNode? node, IReadOnlyList<string> languages, List<FieldError> errors)
    {
        if (node is not JsonArray array || array.Count is 0 or > MaxQuestions)
        {
            errors.Add(new FieldError("questions", $"expected an array of 1-{MaxQuestions} questions, got {RecordReader.Describe(node)}"));
            return [];
        }

        var questions = new List<SurveyQuestion>();
        for (var i = 0; i < array.Count; i++)
        {
            var path = $"questions[{i}]";
            var question = QuestionInput.Parse(array[i], languages, questions, errors, path);
            if (question is null)
            {
                continue;
            }

            if (questions.Any(q => q.Id == question.Id))
            {
                errors.Add(new FieldError($"{path}.id", $"'{question.Id}' is used by an earlier question; ids must be unique"));
                continue;
            }

            questions.Add(question);
        }

        return questions;
    }

    private static SurveyDistribution ReadDistribution(JsonNode? node, List<FieldError> errors)
    {
        var reader = RecordReader.For(node, out var notAnObject);
        if (reader is null)
        {
            errors.Add(notAnObject!.Under("distribution"));
            return SurveyDistribution.Default;
        }

        var fallback = SurveyDistribution.Default;
        var openLink = reader.OptionalBoolean("open_link") ?? fallback.OpenLink;
        var contactLimit = Bounded(reader, "contact_limit_days", 0, 365);
        var reminder = reader.Has("reminder_after_days") ? Bounded(reader, "reminder_after_days", 1, 30) : fallback.ReminderAfterDays;
        var valid = Bounded(reader, "invitation_valid_days", 1, 90) ?? fallback.InvitationValidDays;
        var sampling = Bounded(reader, "sampling_percent", 1, 100) ?? fallback.SamplingPercent;
        WidgetTargeting? widget = null;
        if (reader.OptionalObject("widget") is { } widgetNode)
        {
            var w = RecordReader.For(widgetNode, out _)!;
            var enabled = w.OptionalBoolean("enabled") ?? true;
            var urlPattern = w.OptionalString("url_pattern", 300);
            var eventName = w.OptionalKey("event", 100);
            var delay = Bounded(w, "delay_seconds", 0, 3600) ?? 0;
            var widgetSampling = Bounded(w, "sampling_percent", 1, 100) ?? 100;
            if (urlPattern is null && eventName is null && !w.Errors.Any())
            {
                w.AddError("", "needs a url_pattern (such as '/checkout/*'), an event name, or both");
            }

            w.RejectUnknownFields();
            errors.AddRange(w.Errors.Select(e => e.Under("distribution.widget")));
            widget = new WidgetTargeting(enabled, urlPattern, eventName, delay, widgetSampling);
        }

        reader.RejectUnknownFields();
        errors.AddRange(reader.Errors.Select(e => e.Under("distribution")));
        return new SurveyDistribution(openLink, contactLimit, reminder, valid, sampling, widget);
    }

    internal static int? Bounded(RecordReader reader, string field, int min, int max)
    {
        var value = reader.OptionalInteger(field);
        if (value is { } v && (v < min || v > max))
        {
            reader.AddError(field, $"must be {min}-{max}, got {v}");
            return null;
        }

        return value;
    }
}
