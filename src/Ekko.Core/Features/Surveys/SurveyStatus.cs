namespace Ekko.Core.Features.Surveys;

/// <summary>
/// Draft surveys can be changed freely and answer nobody; active ones collect answers; closed ones keep their
/// answers and collect no more. See <see cref="Survey"/> for the transitions.
/// </summary>
public enum SurveyStatus
{
    Draft,
    Active,
    Closed,
}
