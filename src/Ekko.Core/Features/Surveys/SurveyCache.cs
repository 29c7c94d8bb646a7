using System.Collections.Concurrent;
using Ekko.Core.Data;

namespace Ekko.Core.Features.Surveys;

/// <summary>A survey as the respondent pages use it: parsed once, with the name of the company it belongs to.</summary>
public sealed record CachedSurvey(Survey Survey, SurveyDefinition Definition, SurveyDistribution Distribution, string Brand);

/// <summary>
/// The surveys respondents are answering, kept parsed for a few seconds so that a page view or an answer needs
/// no survey query and no JSON parsing (the hot path under load). Changes made through this instance are seen at
/// once (<see cref="Forget"/>); changes made through another instance after at most <see cref="Lifetime"/>.
/// </summary>
public sealed class SurveyCache(IDbContextFactory<EkkoDbContext> dbFactory, TimeProvider clock)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(5);

    private readonly ConcurrentDictionary<string, (CachedSurvey? Value, DateTimeOffset Until)> bySlug = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<Guid, (CachedSurvey? Value, DateTimeOffset Until)> byId = new();

    public async Task<CachedSurvey?> BySlugAsync(string slug, CancellationToken cancellationToken)
    {
        if (bySlug.TryGetValue(slug, out var entry) && entry.Until > clock.GetUtcNow())
        {
            return entry.Value;
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var loaded = await LoadAsync(db.Surveys.AsNoTracking().Where(s => s.Slug == slug), db, cancellationToken);
        Remember(slug, loaded);
        return loaded;
    }

    public async Task<CachedSurvey?> ByIdAsync(Guid id, CancellationToken cancellationToken)
    {
        if (byId.TryGetValue(id, out var entry) && entry.Until > clock.GetUtcNow())
        {
            return entry.Value;
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var loaded = await LoadAsync(db.Surveys.AsNoTracking().Where(s => s.Id == id), db, cancellationToken);
        if (loaded is not null)
        {
            Remember(loaded.Survey.Slug, loaded);
        }

        return loaded;
    }

    /// <summary>Drops a survey this instance just changed, so its next reader loads the new version.</summary>
    public void Forget(Survey survey)
    {
        bySlug.TryRemove(survey.Slug, out _);
        byId.TryRemove(survey.Id, out _);
    }

    private void Remember(string slug, CachedSurvey? survey)
    {
        var until = clock.GetUtcNow() + Lifetime;
        bySlug[slug] = (survey, until);
        if (survey is not null)
        {
            byId[survey.Survey.Id] = (survey, until);
        }
    }

    private static async Task<CachedSurvey?> LoadAsync(IQueryable<Survey> query, EkkoDbContext db, CancellationToken cancellationToken)
    {
        var found = await query
            .Join(db.Workspaces, s => s.WorkspaceId, w => w.Id, (s, w) => new { Survey = s, Brand = w.Name })
            .FirstOrDefaultAsync(cancellationToken);
        return found is null ? null : new CachedSurvey(found.Survey, found.Survey.ReadDefinition(), found.Survey.ReadDistribution(), found.Brand);
    }
}
