using System.Text.Json.Nodes;
using Ekko.Core.Data;
using Ekko.Core.Features.Responses;

namespace Ekko.Core.Features.Cases;

/// <summary>
/// Opens the cases that newly stored responses call for. Runs inside the ingestion transaction, so a
/// response and its case commit together or not at all; only for responses stored for the first time, so a
/// re-sent response never opens a second case (the response id is also unique among cases).
/// De-duplication: a customer with a rule case opened within <see cref="CaseSettings.DedupDays"/> gets no new
/// one; the response is added to that case's trail instead. The check is race-free because ingestion holds
/// the workspace's change-feed row lock until commit (PostgreSQL) or is the only writer (SQLite).
/// </summary>
internal static class RuleCases
{
    /// <summary>Rules with a sentiment or theme condition wait for the text pipeline's analysis of the comment.</summary>
    public static bool NeedsText(CaseRule rule) => rule.Sentiment is not null || rule.Theme is not null;

    public static async Task OpenAsync(EkkoDbContext db, IReadOnlyList<Response> stored, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var withCustomer = stored.Where(r => r.CustomerId is not null).ToList();
        if (withCustomer.Count == 0)
        {
            return;
        }

        var workspaceId = withCustomer[0].WorkspaceId;
        var rules = (await ActiveRulesAsync(db, workspaceId, cancellationToken)).Where(r => !NeedsText(r)).ToList();
        await OpenAsync(db, workspaceId, withCustomer, rules, static _ => (null, null), now, cancellationToken);
    }

    /// <summary>
    /// Runs the rules that need the text analysis for comments the pipeline has just analysed, in the transaction that
    /// stores the analyses (and moves the pipeline's watermark past them), so each comment is judged once: a replay or
    /// a restart finds the watermark moved. Responses that opened a case at ingestion are left alone.
    /// </summary>
    public static async Task OpenForAnalysesAsync(
        EkkoDbContext db, Guid workspaceId, IReadOnlyList<TextInsights.CommentAnalysis> analyses, IReadOnlyList<TextInsights.CommentTheme> themes,
        DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (analyses.Count == 0)
        {
            return;
        }

        var rules = (await ActiveRulesAsync(db, workspaceId, cancellationToken)).Where(NeedsText).ToList();
        if (rules.Count == 0)
        {
            return;
        }

        var ids = analyses.Select(a => a.ResponseId).ToList();
        var responses = await db.Responses.AsNoTracking()
            .Where(r => r.WorkspaceId == workspaceId && ids.Contains(r.Id) && r.CustomerId != null && !db.Cases.Any(c => c.ResponseId == r.Id))
            .ToListAsync(cancellationToken);
        var sentiment = analyses.ToDictionary(a => a.ResponseId, a => Names.Of(a.Sentiment));
        var themesOf = themes.GroupBy(t => t.ResponseId).ToDictionary(
            g => g.Key, g => (IReadOnlyDictionary<string, string>)g.ToDictionary(t => t.ThemeId, t => Names.Of(t.Sentiment), StringComparer.Ordinal));
        await OpenAsync(db, workspaceId, responses, rules, r => (sentiment.GetValueOrDefault(r.Id), themesOf.GetValueOrDefault(r.Id)), now, cancellationToken);
    }

    private static Task<List<CaseRule>> ActiveRulesAsync(EkkoDbContext db, Guid workspaceId, CancellationToken cancellationToken) =>
        db.CaseRules.AsNoTracking().Where(r => r.WorkspaceId == workspaceId && r.Active)
            .OrderBy(r => r.Position).ThenBy(r => r.CreatedAt).ToListAsync(cancellationToken);

    private static async Task OpenAsync(
        EkkoDbContext db, Guid workspaceId, List<Response> withCustomer, List<CaseRule> rules,
        Func<Response, (string? Sentiment, IReadOnlyDictionary<string, string>? Themes)> analysisOf, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (rules.Count == 0 || withCustomer.Count == 0)
        {
            return;
        }

        var (settings, _) = await CaseSettingsStore.LoadAsync(db, workspaceId, cancellationToken);
        var recentEnough = now.AddDays(-settings.MaxResponseAgeDays);
        var candidates = withCustomer.Where(r => r.SubmittedAt >= recentEnough).OrderBy(r => r.SubmittedAt).ToList();
        if (candidates.Count == 0)
        {
            return;
        }

        var customerIds = candidates.Select(r => r.CustomerId!.Value).Distinct().ToList();
        var customers = await db.Customers.AsNoTracking().Where(c => customerIds.Contains(c.Id))
            .ToDictionaryAsync(c => c.Id, c => new { c.Name, c.Attributes }, cancellationToken);
        var touchpoints = await db.Touchpoints.AsNoTracking().Where(t => t.WorkspaceId == workspaceId).ToDictionaryAsync(t => t.Id, t => t.Key, cancellationToken);
        var since = now.AddDays(-settings.DedupDays);

        // Rules open cases at ingestion and again when the text pipeline stores a comment's analysis, in different
        // transactions and possibly on different instances. Both take the workspace row first (ingestion holds it
        // already, for its change counter), so the de-duplication below sees a case the other has just committed.
        await db.Workspaces.Where(w => w.Id == workspaceId)
            .ExecuteUpdateAsync(s => s.SetProperty(w => w.LastCaseNumber, w => w.LastCaseNumber), cancellationToken);
        var open = (await db.Cases.AsNoTracking()
                .Where(c => c.WorkspaceId == workspaceId && c.Source == CaseSource.Rule && c.OpenedAt >= since && customerIds.Contains(c.CustomerId!.Value))
                .Select(c => new { c.Id, c.CustomerId, c.OpenedAt }).ToListAsync(cancellationToken))
            .GroupBy(c => c.CustomerId!.Value).ToDictionary(g => g.Key, g => g.MaxBy(c => c.OpenedAt)!.Id);

        var requests = new List<NewCase>();
        var requestOf = new Dictionary<Guid, int>();
        var linked = new List<(Guid? CaseId, int? Request, string Actor, string Text)>();
        foreach (var response in candidates)
        {
            var customerId = response.CustomerId!.Value;
            var customer = customers[customerId];
            var (sentiment, themes) = analysisOf(response);
            var facts = new ResponseFacts(response.Metric, response.Score, response.Comment, response.TouchpointId,
                JsonNode.Parse(customer.Attributes) as JsonObject ?? [], sentiment, themes?.Keys.ToList(), themes);
            var (rule, why) = rules.Select(r => (Rule: r, Why: CaseRuleMatch.Explain(r, facts))).FirstOrDefault(m => m.Why is not null);
            if (rule is null)
            {
                continue;
            }

            var actor = $"rule:{rule.Name}";
            if (open.TryGetValue(customerId, out var existing))
            {
                linked.Add((existing, null, actor, $"response {response.ExternalId} also matched: {why}"));
                continue;
            }

            if (requestOf.TryGetValue(customerId, out var index))
            {
                linked.Add((null, index, actor, $"response {response.ExternalId} also matched: {why}"));
                continue;
            }

            requestOf[customerId] = requests.Count;
            var where = response.TouchpointId is { } tp && touchpoints.TryGetValue(tp, out var key) ? $" at {key}" : "";
            var score = response.Metric is { } metric ? $"{metric.ToString().ToUpperInvariant()} {response.Score}" : "Comment";
            requests.Add(new NewCase(
                customerId, response.Id, response.TouchpointId, rule.Id, CaseSource.Rule, null,
                $"{score} from {customer.Name ?? "a customer"}{where}", response.Comment, CaseRuleMatch.PriorityFor(rule, facts),
                rule.TeamId, null, actor, $"{why} (response {response.ExternalId})"));
        }

        var opened = await CaseOpening.OpenAsync(db, workspaceId, requests, now, cancellationToken);
        foreach (var (caseId, request, actor, text) in linked)
        {
            db.CaseEvents.Add(new CaseEvent
            {
                WorkspaceId = workspaceId, CaseId = caseId ?? opened[request!.Value].Id, At = now, Actor = actor, Kind = "response_linked", Text = text,
            });
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}
