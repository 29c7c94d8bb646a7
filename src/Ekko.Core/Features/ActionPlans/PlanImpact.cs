using Ekko.Analytics.Metrics;

namespace Ekko.Core.Features.ActionPlans;

/// <summary>
/// The measured effect of a plan: the metric in the plan's scope over <see cref="AfterFrom"/>..<see cref="AfterTo"/>
/// against the same number of days just before the start, the change with its 95% interval and p-value
/// (Ekko.Analytics' <see cref="ChangeTest"/>), and the whole in one sentence. <see cref="Note"/> says why
/// there is no number yet, when there is none.
/// </summary>
public sealed record PlanImpact(
    DateOnly BeforeFrom, DateOnly BeforeTo, DateOnly AfterFrom, DateOnly AfterTo,
    Estimate Before, Estimate After, Change Change, bool Significant, bool LowN, string Sentence, string? Note = null);
