namespace Ekko.Core.Features.Surveys;

/// <summary>A survey as the API shows it: the body a create or update takes, plus its state.</summary>
public sealed record SurveyView(
    string Key,
    string Name,
    SurveyStatus Status,
    string? Touchpoint,
    string DefaultLanguage,
    IReadOnlyList<string> Languages,
    IReadOnlyList<SurveyQuestion> Questions,
    SurveyDistribution Distribution,
    int Version,
    string OpenLink,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    DateTimeOffset? PublishedAt,
    DateTimeOffset? ClosedAt)
{
    public static SurveyView From(Survey survey, string? touchpointKey)
    {
        var definition = survey.ReadDefinition();
        return new SurveyView(
            survey.Key, survey.Name, survey.Status, touchpointKey, survey.DefaultLanguage, definition.Languages, definition.Questions,
            survey.ReadDistribution(), survey.Version, $"/s/{survey.Slug}", survey.CreatedAt, survey.UpdatedAt, survey.PublishedAt, survey.ClosedAt);
    }
}
