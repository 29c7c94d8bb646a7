using Ekko.Analytics;
using Ekko.Core.Data;

namespace Ekko.Core.Features.Cases;

public sealed record GetCaseByNumberQuery(Guid WorkspaceId, long Number);

/// <summary>The answer that opened a case, as the agent needs to read it: score, comment, when and where.</summary>
public sealed record CaseOpeningResponse(string Id, string Survey, Metric? Metric, int? Score, string? Comment, string? Channel, string? Language, DateTimeOffset SubmittedAt);

/// <summary>A case with its trail (<see cref="CaseDetail"/>) and the response that opened it, when a response did.</summary>
public sealed record CaseFile(CaseDetail Detail, CaseOpeningResponse? Response);

/// <summary>A case by the number people say ("case 42"), which is what the web app's addresses carry.</summary>
public sealed class GetCaseByNumber(IDbContextFactory<EkkoDbContext> dbFactory, TimeProvider clock)
{
    public async Task<CaseFile?> HandleAsync(GetCaseByNumberQuery query, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var found = await db.Cases.AsNoTracking().Where(c => c.WorkspaceId == query.WorkspaceId && c.Number == query.Number)
            .Select(c => new { c.Id, c.ResponseId }).FirstOrDefaultAsync(cancellationToken);
        if (found is null)
        {
            return null;
        }

        var detail = await CaseDetails.LoadAsync(db, query.WorkspaceId, found.Id, clock.GetUtcNow(), cancellationToken);
        var response = found.ResponseId is { } responseId
            ? await db.Responses.AsNoTracking().Where(r => r.WorkspaceId == query.WorkspaceId && r.Id == responseId)
                .Select(r => new CaseOpeningResponse(r.ExternalId, r.Survey, r.Metric, r.Score, r.Comment, r.Channel, r.Language, r.SubmittedAt))
                .FirstOrDefaultAsync(cancellationToken)
            : null;
        return detail is null ? null : new CaseFile(detail, response);
    }
}
