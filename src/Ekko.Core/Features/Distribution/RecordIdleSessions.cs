using Ekko.Core.Data;

namespace Ekko.Core.Features.Distribution;

public sealed record RecordIdleSessionsCommand(TimeSpan IdleFor, int MaxSessions = 500);

/// <summary>
/// Records sessions that were started but not finished and have been idle for a while as partial responses, so
/// a respondent who gave a score and left still counts. Safe to run on several instances at once: recording is
/// idempotent on the session's response id.
/// </summary>
public sealed class RecordIdleSessions(IDbContextFactory<EkkoDbContext> dbFactory, SessionRecorder recorder, TimeProvider clock)
{
    public async Task<int> HandleAsync(RecordIdleSessionsCommand command, CancellationToken cancellationToken)
    {
        var before = clock.GetUtcNow() - command.IdleFor;
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var idle = await db.SurveySessions
            .AsNoTracking()
            .Where(s => s.RecordedAt == null && s.UpdatedAt < before && s.Answers != "{}")
            .OrderBy(s => s.UpdatedAt)
            .Take(command.MaxSessions)
            .ToListAsync(cancellationToken);
        foreach (var session in idle)
        {
            var survey = await db.Surveys.AsNoTracking().FirstAsync(s => s.Id == session.SurveyId, cancellationToken);
            await recorder.SaveAsync(session, isNew: false, survey, record: true, cancellationToken);
        }

        return idle.Count;
    }
}
