using System.Globalization;
using Ekko.Analytics.Insights;
using Ekko.Core.Data;
using Ekko.Core.Features.Integrations;
using Ekko.Core.Features.Metrics;

namespace Ekko.Core.Features.Alerts;

/// <param name="Owner">Who works: unique per running instance, so a lease tells instances apart.</param>
public sealed record RaiseAlertsCommand(string Owner);

/// <param name="Judged">(workspace, day) pairs judged in this call.</param>
public sealed record RaiseAlertsResult(IReadOnlyList<(Guid WorkspaceId, DateOnly Day)> Judged, int Raised, int Extended, IReadOnlyList<(Guid WorkspaceId, Exception Error)> Failures);

/// <summary>
/// The alerting job: once per workspace day, after the day has closed (in the workspace's time zone, and as a UTC
/// day, which is how metrics count days), judges that day's daily series, and on Sundays the week's weekly series,
/// with <see cref="AnomalyDetector"/>: per touchpoint, per segment value, per theme and for the whole workspace.
/// <para>
/// Alert storms are held back three ways: a period is judged only with enough answers (or, for volume, enough
/// answers observed or expected); a series still unusual in the same direction the next period extends its
/// alert instead of raising another; and at most <see cref="AlertOptions.MaxPerRun"/> new alerts per workspace
/// and day, the strongest first.
/// </para>
/// <para>
/// Several instances may run it: each leases a workspace's <see cref="AlertWatch"/> row, and a day's alerts are
/// written in one transaction with the move of the row's watermark, conditioned on the lease and on where the
/// watermark stood; alerts are inserted only where their (series, period) is absent. The <c>alert.raised</c>
/// webhook and the subscribers' e-mails are outbox rows of the same transaction.
/// </para>
/// </summary>
public sealed class RaiseAlerts(IDbContextFactory<EkkoDbContext> dbFactory, ResponseIndexes indexes, AlertOptions options, TimeProvider clock, WriteGate writeGate)
{
    public static readonly TimeSpan Lease = TimeSpan.FromMinutes(10);

    private static readonly string[] UniqueSeriesPeriod = ["WorkspaceId", "SeriesKey", "Period"];

    public async Task<RaiseAlertsResult> HandleAsync(RaiseAlertsCommand command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        using (await writeGate.EnterAsync(cancellationToken))
        {
            await EnsureWatchesAsync(db, cancellationToken);
        }

        var now = clock.GetUtcNow();
        var workspaces = await (from w in db.Workspaces
                                join a in db.AlertWatches on w.Id equals a.WorkspaceId
                                where a.LeaseUntil == null || a.LeaseUntil < now || a.LeaseOwner == command.Owner
                                orderby w.Id
                                select new { w.Id, w.TimeZone, a.JudgedThrough }).AsNoTracking().ToListAsync(cancellationToken);
        var judged = new List<(Guid, DateOnly)>();
        var failures = new List<(Guid, Exception)>();
        var (raised, extended) = (0, 0);
        foreach (var workspace in workspaces)
        {
            var due = LastClosedDay(workspace.TimeZone, now, options.SettleMinutes);
            if (workspace.JudgedThrough >= due)
            {
                continue;
            }

            var claimed = await db.AlertWatches
                .Where(a => a.WorkspaceId == workspace.Id && (a.LeaseUntil == null || a.LeaseUntil < now || a.LeaseOwner == command.Owner))
                .ExecuteUpdateAsync(s => s.SetProperty(a => a.LeaseOwner, command.Owner).SetProperty(a => a.LeaseUntil, now + Lease), cancellationToken);
            if (claimed == 0)
            {
                continue;
            }

            try
            {
                // Read again under the lease: another instance may have judged days since the list was read.
                var through = await db.AlertWatches.Where(a => a.WorkspaceId == workspace.Id).Select(a => a.JudgedThrough).SingleAsync(cancellationToken);
                var first = through is { } t ? t.AddDays(1) : due;
                if (first < due.AddDays(1 - Math.Max(1, options.CatchUpDays)))
                {
                    first = due.AddDays(1 - Math.Max(1, options.CatchUpDays));
                }

                var previous = through;
                for (var day = first; day <= due; day = day.AddDays(1))
                {
                    var outcome = await JudgeDayAsync(db, workspace.Id, command.Owner, previous, day, now, cancellationToken);
                    if (outcome is null)
                    {
                        break; // lost the lease or the watermark moved: the next round starts over from the database
                    }

                    judged.Add((workspace.Id, day));
                    raised += outcome.Value.Raised;
                    extended += outcome.Value.Extended;
                    previous = day;
                }
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // One workspace's trouble must not hold up the others; its watermark has not moved, so it is retried.
                failures.Add((workspace.Id, e));
                db.ChangeTracker.Clear();
            }
            finally
            {
                await db.AlertWatches.Where(a => a.WorkspaceId == workspace.Id && a.LeaseOwner == command.Owner)
                    .ExecuteUpdateAsync(s => s.SetProperty(a => a.LeaseOwner, (string?)null).SetProperty(a => a.LeaseUntil, (DateTimeOffset?)null), CancellationToken.None);
            }
        }

        return new RaiseAlertsResult(judged, raised, extended, failures);
    }

    /// <summary>
    /// The last day that has closed both in the workspace's time zone and as a UTC day, <paramref name="settleMinutes"/>
    /// ago: east of UTC the UTC day closes later, west of it the local day does.
    /// </summary>
    public static DateOnly LastClosedDay(string timeZone, DateTimeOffset now, int settleMinutes)
    {
        var zone = TimeZoneInfo.TryFindSystemTimeZoneById(timeZone, out var found) ? found : TimeZoneInfo.Utc;
        for (var day = DateOnly.FromDateTime(now.UtcDateTime); ; day = day.AddDays(-1))
        {
            var utcEnd = new DateTimeOffset(day.AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
            var localEnd = LocalMidnight(zone, day.AddDays(1));
            if ((utcEnd > localEnd ? utcEnd : localEnd).AddMinutes(settleMinutes) <= now)
            {
                return day;
            }
        }
    }

    private static DateTimeOffset LocalMidnight(TimeZoneInfo zone, DateOnly day)
    {
        var local = day.ToDateTime(TimeOnly.MinValue);
        // A midnight skipped by a clock change means the moment the clocks reach the next valid time.
        while (zone.IsInvalidTime(local))
        {
            local = local.AddMinutes(30);
        }

        return new DateTimeOffset(local, zone.GetUtcOffset(local));
    }

    private sealed record Finding(SeriesId Series, DateOnly Period, Anomaly Anomaly);

    private async Task<(int Raised, int Extended)?> JudgeDayAsync(
        EkkoDbContext db, Guid workspaceId, string owner, DateOnly? previous, DateOnly day, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var findings = new List<Finding>();
        var index = await indexes.CurrentAsync(workspaceId, cancellationToken);
        var grains = day.DayOfWeek == DayOfWeek.Sunday ? new[] { (AlertGrain.Day, day), (AlertGrain.Week, day.AddDays(-6)) } : [(AlertGrain.Day, day)];
        foreach (var (grain, period) in grains)
        {
            var series = AlertSeries.FromIndex(index, grain, period, options).ToList();
            series.AddRange(await AlertSeries.FromCommentsAsync(db, workspaceId, grain, period, cancellationToken));
            foreach (var (id, points) in series)
            {
                var anomaly = AnomalyDetector.Detect(points, AlertSeries.Options(grain, id.Measure, options), scaleWithN: id.Measure != "volume", judgeFrom: period)
                    .FirstOrDefault(a => a.Period == period);
                if (anomaly is null || (id.Measure == "volume" && Math.Max(anomaly.Value, anomaly.Expected) < options.MinimumVolume))
                {
                    continue;
                }

                findings.Add(new Finding(id, period, anomaly));
            }
        }

        // A series unusual in the same direction in the period before extends that alert (whatever its status).
        var before = grains.Select(g => g.Item1 == AlertGrain.Day ? g.Item2.AddDays(-1) : g.Item2.AddDays(-7)).ToList();
        var keys = findings.Select(f => f.Series.Key).ToList();
        var running = await db.Alerts.Where(a => a.WorkspaceId == workspaceId && keys.Contains(a.SeriesKey) && before.Contains(a.LastPeriod)).ToListAsync(cancellationToken);
        var extensions = new List<(Alert Alert, Finding Finding)>();
        var fresh = new List<Finding>();
        foreach (var finding in findings)
        {
            var last = finding.Series.Grain == AlertGrain.Day ? finding.Period.AddDays(-1) : finding.Period.AddDays(-7);
            if (running.FirstOrDefault(a => a.SeriesKey == finding.Series.Key && a.LastPeriod == last && Math.Sign(a.Score) == Math.Sign(finding.Anomaly.Score)) is { } alert)
            {
                extensions.Add((alert, finding));
            }
            else
            {
                fresh.Add(finding);
            }
        }

        var raise = new List<Alert>();
        foreach (var finding in fresh.OrderByDescending(f => Math.Abs(f.Anomaly.Score)).ThenBy(f => f.Series.Key, StringComparer.Ordinal).Take(Math.Max(0, options.MaxPerRun)))
        {
            var (json, summary) = finding.Series.Scope == AlertScope.Theme
                ? await AlertExplanations.ExplainThemeAsync(db, workspaceId, finding.Series, finding.Period, cancellationToken)
                : AlertExplanations.Explain(index, finding.Series, finding.Period);
            var a = finding.Anomaly;
            raise.Add(new Alert
            {
                WorkspaceId = workspaceId,
                SeriesKey = finding.Series.Key,
                Grain = finding.Series.Grain,
                Measure = finding.Series.Measure,
                Scope = finding.Series.Scope,
                ScopeDimension = finding.Series.Dimension,
                ScopeValue = finding.Series.Value,
                Period = finding.Period,
                LastPeriod = finding.Period,
                Observed = a.Value,
                Expected = a.Expected,
                ExpectedLow = a.Low,
                ExpectedHigh = a.High,
                Score = a.Score,
                Severity = SeverityOf(a.Score),
                N = a.N,
                Title = Title(finding.Series, finding.Period, a),
                Explanation = json.ToJsonString(),
                Summary = summary.Length > 4000 ? summary[..4000] : summary,
                RaisedAt = now,
                UpdatedAt = now,
            });
        }

        using var gate = await writeGate.EnterAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        // First, so that on PostgreSQL this transaction holds the watch row's lock until it commits.
        var moved = await db.AlertWatches
            .Where(w => w.WorkspaceId == workspaceId && w.LeaseOwner == owner && w.JudgedThrough == previous)
            .ExecuteUpdateAsync(s => s.SetProperty(w => w.JudgedThrough, day).SetProperty(w => w.LeaseUntil, now + Lease), cancellationToken);
        if (moved == 0)
        {
            return null;
        }

        foreach (var (alert, finding) in extensions)
        {
            alert.LastPeriod = finding.Period;
            alert.Periods++;
            alert.UpdatedAt = now;
            if (Math.Abs(finding.Anomaly.Score) > Math.Abs(alert.Score))
            {
                (alert.Observed, alert.Expected, alert.ExpectedLow, alert.ExpectedHigh, alert.Score, alert.N) =
                    (finding.Anomaly.Value, finding.Anomaly.Expected, finding.Anomaly.Low, finding.Anomaly.High, finding.Anomaly.Score, finding.Anomaly.N);
                alert.Severity = SeverityOf(finding.Anomaly.Score);
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        var inserted = new List<Alert>();
        foreach (var alert in raise)
        {
            if (await BulkInsert.InsertIfAbsentAsync(db, alert, UniqueSeriesPeriod, cancellationToken))
            {
                inserted.Add(alert);
            }
        }

        if (inserted.Count > 0)
        {
            var outbox = await WebhookOutbox.ForAsync(db, workspaceId, cancellationToken);
            var subscribers = await (from s in db.AlertSubscribers
                                     join u in db.Users on s.UserId equals u.Id
                                     join m in db.Memberships on new { s.UserId, s.WorkspaceId } equals new { m.UserId, m.WorkspaceId }
                                     where s.WorkspaceId == workspaceId && u.Email != null
                                     select u.Email!).ToListAsync(cancellationToken);
            foreach (var alert in inserted)
            {
                if (outbox.Wants(WebhookEvents.AlertRaised))
                {
                    outbox.Add(WebhookEvents.AlertRaised, AlertJson.Write(alert), now);
                }

                db.AlertMails.AddRange(subscribers.Select(to => new AlertMail { WorkspaceId = workspaceId, AlertId = alert.Id, ToAddress = to, NextAttemptAt = now, CreatedAt = now }));
            }

            await db.SaveChangesAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        db.ChangeTracker.Clear();
        return (inserted.Count, extensions.Count);
    }

    private static AlertSeverity SeverityOf(double score) => Math.Abs(score) switch
    {
        >= 7 => AlertSeverity.High,
        >= 5 => AlertSeverity.Medium,
        _ => AlertSeverity.Low,
    };

    /// <summary>"Weekly CES at checkout fell to 4.4 in the week of 2026-06-15 (expected 5.6, 5.1 to 6.1)".</summary>
    internal static string Title(SeriesId series, DateOnly period, Anomaly anomaly)
    {
        var percent = series.Measure is AlertSeries.ThemeShare or AlertSeries.ThemeNegativeShare;
        string F(double v) => v.ToString(series.Measure == "volume" ? "F0" : "F1", CultureInfo.InvariantCulture) + (percent ? "%" : "");
        var what = series.Measure switch
        {
            AlertSeries.ThemeShare => $"share of comments about {series.Value}",
            AlertSeries.ThemeNegativeShare => $"share of comments negative about {series.Value}",
            "volume" => "number of answers",
            var m => m.ToUpperInvariant(),
        };
        var where = series.Scope switch
        {
            AlertScope.Touchpoint => $" at {series.Value}",
            AlertScope.Segment => $" for {series.Dimension} {series.Value}",
            _ => "",
        };
        var when = series.Grain == AlertGrain.Day ? $"on {period:yyyy-MM-dd}" : $"in the week of {period:yyyy-MM-dd}";
        var grain = series.Grain == AlertGrain.Day ? "Daily" : "Weekly";
        var low = series.Measure == "volume" || percent ? Math.Max(0, anomaly.Low) : anomaly.Low;
        return string.Create(CultureInfo.InvariantCulture,
            $"{grain} {what}{where} {(anomaly.Score < 0 ? "fell" : "rose")} to {F(anomaly.Value)} {when} (expected {F(anomaly.Expected)}, {F(low)} to {F(anomaly.High)})");
    }

    private static async Task EnsureWatchesAsync(EkkoDbContext db, CancellationToken cancellationToken)
    {
        if (!await db.Workspaces.AnyAsync(w => !db.AlertWatches.Any(a => a.WorkspaceId == w.Id), cancellationToken))
        {
            return;
        }

        // ON CONFLICT DO NOTHING: two instances creating the same row is harmless. SQLite needs the WHERE to tell the SELECT's end from the upsert clause.
        const string Insert = """
            INSERT INTO "AlertWatches" ("WorkspaceId") SELECT "Id" FROM "Workspaces" WHERE true ON CONFLICT ("WorkspaceId") DO NOTHING
            """;
        await db.Database.ExecuteSqlRawAsync(Insert, cancellationToken);
    }
}
