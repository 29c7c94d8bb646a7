using Ekko.Analytics;

namespace Ekko.Core.Features.ActionPlans;

/// <summary>
/// What someone will do about an insight, by when, and whether it worked: the plan targets a scope (a
/// touchpoint and/or dimension filters) and a metric, and its impact is the metric in that scope after
/// <see cref="StartsOn"/> against the same number of days before.
/// </summary>
public sealed class ActionPlan
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid WorkspaceId { get; init; }
    public required string Title { get; set; }
    public string? Description { get; set; }
    public ActionPlanOrigin Origin { get; set; }

    /// <summary>What it came from: a theme id, a touchpoint key, an insight's text or an alert id.</summary>
    public string? OriginRef { get; set; }

    public string? Owner { get; set; }
    public DateOnly? DueOn { get; set; }
    public ActionPlanStatus Status { get; set; } = ActionPlanStatus.Planned;
    public DateOnly StartsOn { get; set; }
    public Metric Metric { get; set; } = Metric.Nps;
    public string? Touchpoint { get; set; }

    /// <summary>Further scope as a JSON object: dimension to values (<c>{"customer.segment": ["member"]}</c>).</summary>
    public string Filters { get; set; } = "{}";

    /// <summary>Days measured after the start (and as many before it).</summary>
    public int WindowDays { get; set; } = 28;

    public DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset UpdatedAt { get; set; }
}

public enum ActionPlanOrigin
{
    Theme,
    Touchpoint,
    Insight,
    Alert,
    Manual,
}

public enum ActionPlanStatus
{
    Planned,
    InProgress,
    Done,
    Cancelled,
}

/// <summary>A case the plan answers (the cases that showed the problem).</summary>
public sealed class ActionPlanCase
{
    public Guid PlanId { get; init; }
    public Guid CaseId { get; init; }
}
