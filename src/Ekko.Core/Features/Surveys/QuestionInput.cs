using System.Text.Json.Nodes;
using Ekko.Core.Formats;

namespace Ekko.Core.Features.Surveys;

/// <summary>Reads one question of a survey body; errors are named by their path (<c>questions[2].text.sv</c>).</summary>
internal static class QuestionInput
{
    public static SurveyQuestion? Parse(JsonNode? node, IReadOnlyList<string> languages, IReadOnlyList<SurveyQuestion> earlier, List<FieldError> errors, string path)
    {
        var reader = RecordReader.For(node, out var notAnObject);
        if (reader is null)
        {
            errors.Add(notAnObject!.Under(path));
            return null;
        }

        var local = new List<FieldError>();
        var id = reader.RequiredKey("id");
        var type = reader.RequiredEnum<QuestionType>("type");
        var text = reader.Has("text") ? Localized(node!["text"], languages, SurveyInput.MaxQuestionLength, local, "text") : null;
        if (text is null && !local.Any(e => e.Field.StartsWith("text", StringComparison.Ordinal)))
        {
            local.Add(new FieldError("text", $"is required: the question's wording per language, e.g. {{\"{languages[0]}\": \"...\"}}"));
        }

        var required = reader.OptionalBoolean("required") ?? type is QuestionType.Nps or QuestionType.Csat or QuestionType.Ces;
        // An empty list is "no options", as the API writes it for questions that have none.
        var options = reader.Has("options") && node!["options"] is not JsonArray { Count: 0 } ? ReadOptions(node!["options"], languages, local) : [];
        var isChoice = type is QuestionType.SingleChoice or QuestionType.MultipleChoice;
        if (isChoice && options.Count < 2 && !local.Any(e => e.Field.StartsWith("options", StringComparison.Ordinal)))
        {
            local.Add(new FieldError("options", $"a {Snake(type)} question needs 2-{SurveyInput.MaxOptions} options"));
        }
        else if (!isChoice && options.Count > 0)
        {
            local.Add(new FieldError("options", $"only choice questions have options; this one is {Snake(type)}"));
        }

        var scale = reader.Has("scale") ? ReadScale(node!["scale"], type, languages, local) : null;
        var showIf = reader.Has("show_if") ? ReadCondition(node!["show_if"], earlier, local) : null;
        reader.RejectUnknownFields();
        errors.AddRange(reader.Errors.Concat(local).Select(e => e.Under(path)));
        return reader.Errors.Count + local.Count > 0 ? null : new SurveyQuestion(id, type, text!, required, options, scale, showIf);
    }

    private static string Snake(QuestionType type) => System.Text.Json.JsonNamingPolicy.SnakeCaseLower.ConvertName(type.ToString());

    /// <summary>A text per language: every language the survey offers must have one, and none it does not offer.</summary>
    internal static Dictionary<string, string>? Localized(JsonNode? node, IReadOnlyList<string> languages, int maxLength, List<FieldError> errors, string path)
    {
        if (node is not JsonObject obj)
        {
            errors.Add(new FieldError(path, $"expected an object of texts by language, e.g. {{\"{languages[0]}\": \"...\"}}, got {RecordReader.Describe(node)}"));
            return null;
        }

        var texts = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (language, value) in obj)
        {
            var text = RecordReader.TryGetString(value, out var s) ? s.Trim() : null;
            if (!languages.Contains(language))
            {
                errors.Add(new FieldError($"{path}.{language}", $"the survey does not offer '{language}'; add it to languages or remove this text"));
            }
            else if (string.IsNullOrEmpty(text))
            {
                errors.Add(new FieldError($"{path}.{language}", $"expected a non-empty string, got {RecordReader.Describe(value)}"));
            }
            else if (text.Length > maxLength)
            {
                errors.Add(new FieldError($"{path}.{language}", $"must be at most {maxLength} characters, got {text.Length}"));
            }
            else
            {
                texts[language] = text;
            }
        }

        foreach (var missing in languages.Where(l => !obj.ContainsKey(l)))
        {
            errors.Add(new FieldError($"{path}.{missing}", "is required: the survey is offered in this language"));
        }

        return texts;
    }

    private static List<QuestionOption> ReadOptions(JsonNode? node, IReadOnlyList<string> languages, List<FieldError> errors)
    {
        if (node is not JsonArray array || array.Count is < 2 or > SurveyInput.MaxOptions)
        {
            errors.Add(new FieldError("options", $"expected an array of 2-{SurveyInput.MaxOptions} options, got {RecordReader.Describe(node)}"));
            return [];
        }

        var options = new List<QuestionOption>();
        for (var i = 0; i < array.Count; i++)
        {
            var path = $"options[{i}]";
            var reader = RecordReader.For(array[i], out var notAnObject);
            if (reader is null)
            {
                errors.Add(notAnObject!.Under(path));
                continue;
            }

            var local = new List<FieldError>();
            var id = reader.RequiredKey("id");
            var text = reader.Has("text") ? Localized(array[i]!["text"], languages, 200, local, "text") : null;
            if (text is null && local.Count == 0)
            {
                local.Add(new FieldError("text", "is required: the option's label per language"));
            }

            reader.RejectUnknownFields();
            errors.AddRange(reader.Errors.Concat(local).Select(e => e.Under(path)));
            if (options.Any(o => o.Id == id))
            {
                errors.Add(new FieldError($"{path}.id", $"'{id}' is used by an earlier option"));
            }
            else if (reader.Errors.Count + local.Count == 0)
            {
                options.Add(new QuestionOption(id, text!));
            }
        }

        return options;
    }

    private static QuestionScale? ReadScale(JsonNode? node, QuestionType type, IReadOnlyList<string> languages, List<FieldError> errors)
    {
        var reader = RecordReader.For(node, out var notAnObject);
        if (reader is null)
        {
            errors.Add(notAnObject!.Under("scale"));
            return null;
        }

        if (type is not (QuestionType.Rating or QuestionType.Nps or QuestionType.Csat or QuestionType.Ces))
        {
            errors.Add(new FieldError("scale", "only rating, nps, csat and ces questions have a scale"));
            return null;
        }

        var local = new List<FieldError>();
        var standard = new SurveyQuestion("", type, new Dictionary<string, string>(), false, [], null, null).Range!.Value;
        var min = reader.OptionalInteger("min") ?? standard.Min;
        var max = reader.OptionalInteger("max") ?? standard.Max;
        if (type != QuestionType.Rating && (min, max) != standard)
        {
            local.Add(new FieldError("min", $"a {Snake(type)} question always uses {standard.Min}-{standard.Max}; only its labels can change"));
        }
        else if (min is < 0 or > 1 || max - min is < 2 or > 10)
        {
            local.Add(new FieldError("max", $"a rating scale starts at 0 or 1 and has 3-11 points, got {min}-{max}"));
        }

        var labels = new Dictionary<string, ScaleLabels>(StringComparer.Ordinal);
        if (reader.OptionalObject("labels") is { } labelNode)
        {
            foreach (var (language, value) in labelNode)
            {
                if (!languages.Contains(language))
                {
                    local.Add(new FieldError($"labels.{language}", $"the survey does not offer '{language}'"));
                }
                else if (LabelPair(value) is var (lowText, highText)
                    && lowText.Trim().Length is > 0 and <= 100 && highText.Trim().Length is > 0 and <= 100)
                {
                    labels[language] = new ScaleLabels(lowText.Trim(), highText.Trim());
                }
                else
                {
                    local.Add(new FieldError($"labels.{language}", "expected [\"label of the lowest point\", \"label of the highest point\"] (or {\"low\", \"high\"}), each 1-100 characters"));
                }
            }
        }

        reader.RejectUnknownFields();
        errors.AddRange(reader.Errors.Concat(local).Select(e => e.Under("scale")));
        return new QuestionScale(min, max, labels);
    }

    /// <summary>Scale labels as ["low", "high"], or as {"low", "high"} the way the API writes them back.</summary>
    private static (string Low, string High)? LabelPair(JsonNode? value) => value switch
    {
        JsonArray { Count: 2 } pair when RecordReader.TryGetString(pair[0], out var lowText) && RecordReader.TryGetString(pair[1], out var highText) => (lowText, highText),
        JsonObject { Count: 2 } obj when RecordReader.TryGetString(obj["low"], out var lowText) && RecordReader.TryGetString(obj["high"], out var highText) => (lowText, highText),
        _ => null,
    };

    private static DisplayCondition? ReadCondition(JsonNode? node, IReadOnlyList<SurveyQuestion> earlier, List<FieldError> errors)
    {
        var reader = RecordReader.For(node, out var notAnObject);
        if (reader is null)
        {
            errors.Add(notAnObject!.Under("show_if"));
            return null;
        }

        var local = new List<FieldError>();
        var questionId = reader.RequiredKey("question");
        var min = reader.OptionalInteger("min");
        var max = reader.OptionalInteger("max");
        var anyOf = new List<string>();
        if (reader.Has("any_of"))
        {
            if (node!["any_of"] is JsonArray array && array.All(a => RecordReader.TryGetString(a, out _)))
            {
                anyOf.AddRange(array.Select(a => RecordReader.TryGetString(a, out var id) ? id : ""));
            }
            else
            {
                local.Add(new FieldError("any_of", "expected an array of option ids"));
            }
        }

        var target = earlier.FirstOrDefault(q => q.Id == questionId);
        if (questionId.Length > 0 && reader.Errors.Count == 0 && target is null)
        {
            local.Add(new FieldError("question", $"'{questionId}' is not an earlier question of this survey; a condition can only look back"));
        }
        else if (target?.Range is { } range)
        {
            if (anyOf.Count > 0 || (min is null && max is null))
            {
                local.Add(new FieldError("", $"question '{questionId}' is answered with a score: give min and/or max ({range.Min}-{range.Max})"));
            }
            else if ((min ?? range.Min) > (max ?? range.Max) || min < range.Min || max > range.Max)
            {
                local.Add(new FieldError("min", $"min and max must lie within {range.Min}-{range.Max}, min <= max"));
            }
        }
        else if (target is not null)
        {
            var unknown = anyOf.Where(a => target.Options.All(o => o.Id != a)).ToList();
            if (target.Options.Count == 0 || anyOf.Count == 0 || min is not null || max is not null)
            {
                local.Add(new FieldError("", $"question '{questionId}' is a {Snake(target.Type)} question: a condition can test scores (min/max) or chosen options (any_of) only"));
            }
            else if (unknown.Count > 0)
            {
                local.Add(new FieldError("any_of", $"'{unknown[0]}' is not an option of question '{questionId}'"));
            }
        }

        reader.RejectUnknownFields();
        errors.AddRange(reader.Errors.Concat(local).Select(e => e.Under("show_if")));
        return new DisplayCondition(questionId, min, max, anyOf);
    }
}
