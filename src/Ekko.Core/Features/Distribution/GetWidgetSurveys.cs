using Ekko.Core.Data;
using Ekko.Core.Features.Surveys;

namespace Ekko.Core.Features.Distribution;

public sealed record GetWidgetSurveysQuery(string WorkspaceSlug, WidgetVisitor? Visitor);

/// <summary>A survey as the widget needs it: where to show it, and its questions.</summary>
public sealed record WidgetSurvey(
    string Slug, string Name, string DefaultLanguage, IReadOnlyList<string> Languages, WidgetTargeting Targeting, int ContactLimitDays,
    IReadOnlyList<WidgetQuestion> Questions);

/// <summary>A question with its scale's end labels filled in per language, so the widget needs no tables of its own.</summary>
public sealed record WidgetQuestion(
    string Id, QuestionType Type, IReadOnlyDictionary<string, string> Text, bool Required, IReadOnlyList<QuestionOption> Options,
    int? Min, int? Max, IReadOnlyDictionary<string, ScaleLabels> Labels, DisplayCondition? ShowIf);

/// <summary>The widget's configuration for a site: the active surveys it may show, and whether this visitor may be asked now.</summary>
public sealed record WidgetConfiguration(IReadOnlyList<WidgetSurvey> Surveys, bool VisitorIdentified, bool VisitorMayBeAsked, string? Reason);

/// <summary>
/// The surveys a site's widget offers, with their targeting. For an identified visitor (signature checked) the
/// contact limit is applied here across invitations and earlier answers, and an explicit "no surveys" in the
/// profile is respected; anonymous visitors are limited by the widget in their own browser.
/// </summary>
public sealed class GetWidgetSurveys(IDbContextFactory<EkkoDbContext> dbFactory, TimeProvider clock)
{
    public async Task<WidgetConfiguration?> HandleAsync(GetWidgetSurveysQuery query, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var workspace = await db.Workspaces.AsNoTracking().FirstOrDefaultAsync(w => w.Slug == query.WorkspaceSlug, cancellationToken);
        if (workspace is null)
        {
            return null;
        }

        var active = await db.Surveys.AsNoTracking().Where(s => s.WorkspaceId == workspace.Id && s.Status == SurveyStatus.Active).ToListAsync(cancellationToken);
        var surveys = active
            .Select(s => (Survey: s, Distribution: s.ReadDistribution()))
            .Where(s => s.Distribution.Widget?.Enabled == true)
            .Select(s => ToWidget(s.Survey, s.Distribution, s.Distribution.ContactLimitDays ?? workspace.ContactLimitDays))
            .ToList();
        var identified = query.Visitor is { } visitor && visitor.IsSignedWith(workspace.WidgetSecret);
        string? reason = null;
        if (identified)
        {
            reason = await ReasonNotToAskAsync(db, workspace, query.Visitor!.Id, surveys, cancellationToken);
        }

        return new WidgetConfiguration(surveys, identified, reason is null, reason);
    }

    private async Task<string?> ReasonNotToAskAsync(EkkoDbContext db, Workspaces.Workspace workspace, string visitorId, List<WidgetSurvey> surveys, CancellationToken cancellationToken)
    {
        var customer = await db.Customers.AsNoTracking().FirstOrDefaultAsync(c => c.WorkspaceId == workspace.Id && c.ExternalId == visitorId, cancellationToken);
        if (customer is null)
        {
            return null;
        }

        if (customer.ConsentSurveys == false)
        {
            return "the customer has declined surveys";
        }

        var limit = surveys.Count == 0 ? workspace.ContactLimitDays : surveys.Min(s => s.ContactLimitDays);
        if (limit <= 0)
        {
            return null;
        }

        var since = clock.GetUtcNow().AddDays(-limit);
        var invited = await db.Invitations.AnyAsync(i => i.WorkspaceId == workspace.Id && i.CustomerId == customer.Id && i.SentAt >= since, cancellationToken);
        var answered = await db.SurveySessions.AnyAsync(s => s.WorkspaceId == workspace.Id && s.CustomerId == customer.Id && s.StartedAt >= since, cancellationToken);
        return invited || answered ? $"contacted within the last {limit} days" : null;
    }

    private static WidgetSurvey ToWidget(Survey survey, SurveyDistribution distribution, int contactLimitDays)
    {
        var definition = survey.ReadDefinition();
        return new WidgetSurvey(
            survey.Slug, survey.Name, survey.DefaultLanguage, definition.Languages, distribution.Widget!, contactLimitDays,
            [.. definition.Questions.Select(q => new WidgetQuestion(
                q.Id, q.Type, q.Text, q.Required, q.Options, q.Range?.Min, q.Range?.Max,
                q.Range is null ? new Dictionary<string, ScaleLabels>() : definition.Languages.ToDictionary(l => l, l => StandardScaleLabels.For(q, l)),
                q.ShowIf))]);
    }
}
