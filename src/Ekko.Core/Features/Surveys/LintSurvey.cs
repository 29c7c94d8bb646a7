using System.Text.Json.Nodes;
using Ekko.Core.Data;
using Ekko.Core.Features.Surveys.Linting;
using Ekko.Core.Formats;

namespace Ekko.Core.Features.Surveys;

/// <summary>Lints a stored survey (<see cref="Key"/>) or an unsaved survey body (<see cref="Body"/>, as the builder previews it).</summary>
public sealed record LintSurveyQuery(Guid WorkspaceId, string? Key, JsonNode? Body);

/// <summary>The warnings of one question in one language.</summary>
public sealed record QuestionLint(string Question, string Language, string Text, IReadOnlyList<LintWarning> Warnings);

/// <summary>
/// Checks every question of a survey in every language for leading, loaded or double-barrelled wording,
/// absolutes, jargon, length and scale problems (docs/question-linting.md). Warnings never block saving:
/// the author decides.
/// </summary>
public sealed class LintSurvey(IDbContextFactory<EkkoDbContext> dbFactory)
{
    public async Task<CommandResult<IReadOnlyList<QuestionLint>>> HandleAsync(LintSurveyQuery query, CancellationToken cancellationToken)
    {
        SurveyDefinition definition;
        if (query.Key is not null)
        {
            await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
            if (await SurveyStore.FindAsync(db, query.WorkspaceId, query.Key, cancellationToken) is not { } survey)
            {
                return CommandResult<IReadOnlyList<QuestionLint>>.NotFound();
            }

            definition = survey.ReadDefinition();
        }
        else
        {
            var parsed = SurveyInput.Parse(query.Body);
            if (parsed.Value is not { } input)
            {
                return CommandResult<IReadOnlyList<QuestionLint>>.Invalid(parsed.Errors);
            }

            definition = input.Definition;
        }

        return CommandResult<IReadOnlyList<QuestionLint>>.Ok(Lint(definition));
    }

    public static IReadOnlyList<QuestionLint> Lint(SurveyDefinition definition) =>
        [.. from question in definition.Questions
            from language in definition.Languages
            let text = question.Text.GetValueOrDefault(language)
            where text is not null
            let labels = question.Range is null ? [] : new[] { StandardScaleLabels.For(question, language) }.SelectMany(l => new[] { l.Low, l.High }).ToArray()
            let options = question.Options.Select(o => o.Text.GetValueOrDefault(language) ?? "").ToArray()
            select new QuestionLint(question.Id, language, text, QuestionLinter.Lint(new QuestionToLint(text, language, question.Type, labels, options)))];
}
