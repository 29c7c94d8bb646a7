using System.Text.Json;
using Ekko.Core.Formats;

namespace Ekko.Core.Features.Surveys;

/// <summary>
/// A survey: its questions in every offered language (<see cref="Definition"/>), the touchpoint it measures,
/// and how it is distributed. The status rules live here because every adapter must obey them:
/// draft -> active (publish), active -> closed, closed -> active (reopen); a survey with answers never goes
/// back to draft, and its questions can then only be reworded or added (see <see cref="SurveyChanges"/>).
/// </summary>
public sealed class Survey
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid WorkspaceId { get; init; }

    /// <summary>The survey's key within its workspace, the <c>survey</c> of its responses.</summary>
    public required string Key { get; init; }

    /// <summary>The survey's address on the open link, <c>/s/{slug}</c>: unique across the installation.</summary>
    public required string Slug { get; init; }

    public required string Name { get; set; }
    public SurveyStatus Status { get; private set; } = SurveyStatus.Draft;
    public Guid? TouchpointId { get; set; }
    public required string DefaultLanguage { get; set; }

    /// <summary>The <see cref="SurveyDefinition"/> as JSON.</summary>
    public required string Definition { get; set; }

    /// <summary>How the survey reaches people: open link, widget targeting, e-mail reminders, contact limits.</summary>
    public string Distribution { get; set; } = "{}";

    /// <summary>Raised with every change of the definition, so that a response can say which wording it answered.</summary>
    public int Version { get; set; } = 1;

    public DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset UpdatedAt { get; set; }
    public DateTimeOffset? PublishedAt { get; private set; }
    public DateTimeOffset? ClosedAt { get; private set; }

    public SurveyDefinition ReadDefinition() =>
        JsonSerializer.Deserialize<SurveyDefinition>(Definition, EkkoJson.Options) ?? throw new InvalidOperationException($"survey {Id} has no definition");

    public SurveyDistribution ReadDistribution() =>
        JsonSerializer.Deserialize<SurveyDistribution>(Distribution, EkkoJson.Options) ?? SurveyDistribution.Default;

    /// <summary>Whether respondents can answer now.</summary>
    public bool IsOpen => Status == SurveyStatus.Active;

    /// <summary>The error of a status change that is not allowed, or null after making it.</summary>
    public string? ChangeStatus(SurveyStatus target, bool hasAnswers, DateTimeOffset now)
    {
        switch (Status, target)
        {
            case var (from, to) when from == to:
                return null;
            case (SurveyStatus.Draft or SurveyStatus.Closed, SurveyStatus.Active):
                Status = SurveyStatus.Active;
                PublishedAt ??= now;
                ClosedAt = null;
                break;
            case (SurveyStatus.Active, SurveyStatus.Closed):
                Status = SurveyStatus.Closed;
                ClosedAt = now;
                break;
            case (_, SurveyStatus.Draft) when hasAnswers:
                return "a survey with answers cannot go back to draft; close it instead";
            case (_, SurveyStatus.Draft):
                Status = SurveyStatus.Draft;
                ClosedAt = null;
                break;
            default:
                return $"a {Status.ToString().ToLowerInvariant()} survey cannot become {target.ToString().ToLowerInvariant()}; publish it first";
        }

        UpdatedAt = now;
        return null;
    }
}
