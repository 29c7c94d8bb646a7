using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Ekko.Core.Features.Surveys;
using Ekko.Core.Formats;

namespace Ekko.Server.Components.Pages.Surveys;

/// <summary>
/// The survey being edited in the builder: mutable, allowed to be incomplete (a text missing in one language, a
/// question without options). It becomes the same JSON body the API takes (<see cref="ToBody"/>), so saving goes
/// through <see cref="SurveyInput.Parse"/> like every other client, and the parser's errors name fields of it.
/// </summary>
public sealed partial class SurveyDraft
{
    public string Key { get; set; } = "";
    public string Name { get; set; } = "";
    public string? Touchpoint { get; set; }
    public string DefaultLanguage { get; set; } = "en";
    public List<string> Languages { get; } = [];
    public List<DraftQuestion> Questions { get; } = [];
    public DraftDistribution Distribution { get; set; } = new();

    public static SurveyDraft From(SurveyView view)
    {
        var draft = new SurveyDraft { Key = view.Key, Name = view.Name, Touchpoint = view.Touchpoint, DefaultLanguage = view.DefaultLanguage };
        draft.Languages.AddRange(view.Languages);
        draft.Questions.AddRange(view.Questions.Select(DraftQuestion.From));
        draft.Distribution = DraftDistribution.From(view.Distribution);
        return draft;
    }

    /// <summary>The body of a create or update. Empty texts are left out, so the parser says which language is missing.</summary>
    public JsonObject ToBody()
    {
        var body = new JsonObject
        {
            ["key"] = Key,
            ["name"] = Name,
            ["default_language"] = DefaultLanguage,
            ["languages"] = new JsonArray([.. Languages.Select(l => JsonValue.Create(l))]),
            ["questions"] = new JsonArray([.. Questions.Select(q => (JsonNode)q.ToJson())]),
            ["distribution"] = Distribution.ToJson(),
        };
        if (Touchpoint is { Length: > 0 } touchpoint)
        {
            body["touchpoint"] = touchpoint;
        }

        return body;
    }

    /// <summary>
    /// What the respondent would see and what the linter checks, taken leniently from the unsaved draft: a question
    /// keeps the texts it has, so one missing translation does not stop the preview or the warnings of the others.
    /// </summary>
    public SurveyDefinition ToDefinition() =>
        new(Languages, [.. Questions.Select(q => q.ToQuestion(Languages))]);

    /// <summary>Splits the parser's errors into those of a question (by its position) and those of the survey.</summary>
    public static (Dictionary<int, List<FieldError>> ByQuestion, List<FieldError> Survey) Group(IReadOnlyList<FieldError> errors)
    {
        var byQuestion = new Dictionary<int, List<FieldError>>();
        var survey = new List<FieldError>();
        foreach (var error in errors)
        {
            if (QuestionField().Match(error.Field) is { Success: true } match)
            {
                var index = int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
                if (!byQuestion.TryGetValue(index, out var list))
                {
                    byQuestion[index] = list = [];
                }

                list.Add(error with { Field = match.Groups[2].Value });
            }
            else
            {
                survey.Add(error);
            }
        }

        return (byQuestion, survey);
    }

    [GeneratedRegex(@"^questions\[(\d+)\]\.?(.*)$")]
    private static partial Regex QuestionField();
}

public sealed class DraftQuestion
{
    public string Id { get; set; } = "";
    public QuestionType Type { get; set; } = QuestionType.OpenText;
    public Dictionary<string, string> Text { get; } = new(StringComparer.Ordinal);
    public bool Required { get; set; }
    public List<DraftOption> Options { get; } = [];

    /// <summary>Kept as it came (labels per language), and only for the types that have a scale.</summary>
    public QuestionScale? Scale { get; set; }

    public string? ShowIfQuestion { get; set; }
    public int? ShowIfMin { get; set; }
    public int? ShowIfMax { get; set; }
    public List<string> ShowIfAnyOf { get; } = [];

    public bool IsChoice => Type is QuestionType.SingleChoice or QuestionType.MultipleChoice;

    public static DraftQuestion From(SurveyQuestion q)
    {
        var draft = new DraftQuestion { Id = q.Id, Type = q.Type, Required = q.Required, Scale = q.Scale };
        foreach (var (language, text) in q.Text)
        {
            draft.Text[language] = text;
        }

        draft.Options.AddRange(q.Options.Select(o =>
        {
            var option = new DraftOption { Id = o.Id };
            foreach (var (language, text) in o.Text)
            {
                option.Text[language] = text;
            }

            return option;
        }));
        if (q.ShowIf is { } condition)
        {
            draft.ShowIfQuestion = condition.Question;
            draft.ShowIfMin = condition.Min;
            draft.ShowIfMax = condition.Max;
            draft.ShowIfAnyOf.AddRange(condition.AnyOf);
        }

        return draft;
    }

    /// <summary>Changing the type drops what the new type cannot have: options, a scale of another kind, a condition's score range.</summary>
    public void ChangeType(QuestionType type)
    {
        Type = type;
        if (!IsChoice)
        {
            Options.Clear();
        }
        else if (Options.Count == 0)
        {
            Options.Add(new DraftOption { Id = "option_1" });
            Options.Add(new DraftOption { Id = "option_2" });
        }

        Scale = type == QuestionType.Rating ? Scale is { } s && Scale.Min is 0 or 1 ? s : null : null;
        Required = type is QuestionType.Nps or QuestionType.Csat or QuestionType.Ces || Required && type != QuestionType.OpenText;
    }

    public JsonObject ToJson()
    {
        var json = new JsonObject
        {
            ["id"] = Id,
            ["type"] = JsonNamingPolicy.SnakeCaseLower.ConvertName(Type.ToString()),
            ["text"] = Texts(Text),
            ["required"] = Required,
        };
        if (IsChoice)
        {
            json["options"] = new JsonArray([.. Options.Select(o => (JsonNode)new JsonObject { ["id"] = o.Id, ["text"] = Texts(o.Text) })]);
        }

        if (Scale is not null && Type is QuestionType.Rating or QuestionType.Nps or QuestionType.Csat or QuestionType.Ces)
        {
            json["scale"] = JsonSerializer.SerializeToNode(Scale, EkkoJson.Options);
        }

        if (ShowIfQuestion is { Length: > 0 } target)
        {
            var condition = new JsonObject { ["question"] = target };
            if (ShowIfMin is { } min)
            {
                condition["min"] = min;
            }

            if (ShowIfMax is { } max)
            {
                condition["max"] = max;
            }

            if (ShowIfAnyOf.Count > 0)
            {
                condition["any_of"] = new JsonArray([.. ShowIfAnyOf.Select(a => JsonValue.Create(a))]);
            }

            json["show_if"] = condition;
        }

        return json;
    }

    public SurveyQuestion ToQuestion(IReadOnlyList<string> languages)
    {
        var text = Present(Text, languages);
        var options = Options.Select(o => new QuestionOption(o.Id, Present(o.Text, languages))).ToList();
        var condition = ShowIfQuestion is { Length: > 0 } target ? new DisplayCondition(target, ShowIfMin, ShowIfMax, [.. ShowIfAnyOf]) : null;
        return new SurveyQuestion(Id, Type, text, Required, options, Scale, condition);
    }

    private static JsonObject Texts(Dictionary<string, string> texts) =>
        new([.. texts.Where(t => !string.IsNullOrWhiteSpace(t.Value)).Select(t => KeyValuePair.Create(t.Key, (JsonNode?)JsonValue.Create(t.Value)))]);

    private static Dictionary<string, string> Present(Dictionary<string, string> texts, IReadOnlyList<string> languages) =>
        texts.Where(t => languages.Contains(t.Key) && !string.IsNullOrWhiteSpace(t.Value)).ToDictionary(t => t.Key, t => t.Value.Trim(), StringComparer.Ordinal);
}

public sealed class DraftOption
{
    public string Id { get; set; } = "";
    public Dictionary<string, string> Text { get; } = new(StringComparer.Ordinal);
}

/// <summary>The survey's own distribution settings; the widget's targeting is kept as it came unless edited.</summary>
public sealed class DraftDistribution
{
    public bool OpenLink { get; set; } = true;
    public int? ContactLimitDays { get; set; }
    public int? ReminderAfterDays { get; set; } = 3;
    public int InvitationValidDays { get; set; } = 14;
    public int SamplingPercent { get; set; } = 100;
    public bool WidgetEnabled { get; set; }
    public string? WidgetUrlPattern { get; set; }
    public string? WidgetEvent { get; set; }
    public int WidgetDelaySeconds { get; set; }
    public int WidgetSamplingPercent { get; set; } = 100;

    public static DraftDistribution From(SurveyDistribution d) => new()
    {
        OpenLink = d.OpenLink,
        ContactLimitDays = d.ContactLimitDays,
        ReminderAfterDays = d.ReminderAfterDays,
        InvitationValidDays = d.InvitationValidDays,
        SamplingPercent = d.SamplingPercent,
        WidgetEnabled = d.Widget?.Enabled == true,
        WidgetUrlPattern = d.Widget?.UrlPattern,
        WidgetEvent = d.Widget?.Event,
        WidgetDelaySeconds = d.Widget?.DelaySeconds ?? 0,
        WidgetSamplingPercent = d.Widget?.SamplingPercent ?? 100,
    };

    public JsonObject ToJson()
    {
        var json = new JsonObject
        {
            ["open_link"] = OpenLink,
            ["invitation_valid_days"] = InvitationValidDays,
            ["sampling_percent"] = SamplingPercent,
        };
        if (ContactLimitDays is { } limit)
        {
            json["contact_limit_days"] = limit;
        }

        // null is "no reminder"; leaving the field out would mean the default of three days.
        json["reminder_after_days"] = ReminderAfterDays;

        // A widget block is written once it has targeting, even when switched off, so its settings are not lost.
        if (WidgetEnabled || !string.IsNullOrWhiteSpace(WidgetUrlPattern) || !string.IsNullOrWhiteSpace(WidgetEvent))
        {
            var widget = new JsonObject { ["enabled"] = WidgetEnabled, ["delay_seconds"] = WidgetDelaySeconds, ["sampling_percent"] = WidgetSamplingPercent };
            if (!string.IsNullOrWhiteSpace(WidgetUrlPattern))
            {
                widget["url_pattern"] = WidgetUrlPattern.Trim();
            }

            if (!string.IsNullOrWhiteSpace(WidgetEvent))
            {
                widget["event"] = WidgetEvent.Trim();
            }

            json["widget"] = widget;
        }

        return json;
    }
}
