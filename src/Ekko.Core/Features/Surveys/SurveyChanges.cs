using Ekko.Core.Formats;

namespace Ekko.Core.Features.Surveys;

/// <summary>
/// What may change in a survey that already has answers: wording, translations, new questions and options,
/// conditions and distribution. Not allowed: removing a question or option, or changing a question's type or
/// scale, because stored answers would then mean something else (a 4 on a 1-5 scale is not a 4 on 1-7).
/// </summary>
public static class SurveyChanges
{
    public static IReadOnlyList<FieldError> NotAllowedOnceAnswered(SurveyDefinition before, SurveyDefinition after)
    {
        var errors = new List<FieldError>();
        foreach (var old in before.Questions)
        {
            var index = after.Questions.ToList().FindIndex(q => q.Id == old.Id);
            if (index < 0)
            {
                errors.Add(new FieldError("questions", $"question '{old.Id}' has answers and cannot be removed; close the survey and start a new one to ask differently"));
                continue;
            }

            var path = $"questions[{index}]";
            var now = after.Questions[index];
            if (now.Type != old.Type)
            {
                errors.Add(new FieldError($"{path}.type", $"question '{old.Id}' has answers as {old.Type}; its type cannot change"));
            }
            else if (now.Range != old.Range)
            {
                errors.Add(new FieldError($"{path}.scale", $"question '{old.Id}' has answers on {old.Range?.Min}-{old.Range?.Max}; its scale cannot change"));
            }

            foreach (var option in old.Options.Where(o => now.Options.All(n => n.Id != o.Id)))
            {
                errors.Add(new FieldError($"{path}.options", $"option '{option.Id}' has been answered and cannot be removed"));
            }
        }

        return errors;
    }
}
