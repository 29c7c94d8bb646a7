using System.Text.Json.Nodes;
using Ekko.Analytics;

namespace Ekko.Core.Features.ActionPlans;

public sealed record ActionPlanView(
    Guid Id, string Title, string? Description, ActionPlanOrigin Origin, string? OriginRef, string? Owner, DateOnly? DueOn,
    ActionPlanStatus Status, DateOnly StartsOn, Metric Metric, string? Touchpoint, JsonObject Filters, int WindowDays,
    IReadOnlyList<Guid> Cases, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt, PlanImpact? Impact = null);
