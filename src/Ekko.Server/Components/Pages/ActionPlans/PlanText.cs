using Ekko.Core.Features.ActionPlans;
using Microsoft.Extensions.Localization;

namespace Ekko.Server.Components.Pages.ActionPlans;

/// <summary>A plan's status and origin in words.</summary>
public static class PlanText
{
    public static string Status(ActionPlanStatus status, IStringLocalizer t) => status switch
    {
        ActionPlanStatus.Planned => t["Planned"],
        ActionPlanStatus.InProgress => t["In progress"],
        ActionPlanStatus.Done => t["Done"],
        ActionPlanStatus.Cancelled => t["Cancelled"],
        _ => status.ToString(),
    };

    /// <summary>"From the theme delivery", "By hand".</summary>
    public static string Origin(ActionPlanOrigin origin, string? reference, IStringLocalizer t) => origin switch
    {
        ActionPlanOrigin.Theme => string.Format(System.Globalization.CultureInfo.CurrentCulture, t["From the theme {0}"], reference),
        ActionPlanOrigin.Touchpoint => string.Format(System.Globalization.CultureInfo.CurrentCulture, t["From the touchpoint {0}"], reference),
        ActionPlanOrigin.Insight => string.Format(System.Globalization.CultureInfo.CurrentCulture, t["From the insight {0}"], reference),
        ActionPlanOrigin.Alert => string.Format(System.Globalization.CultureInfo.CurrentCulture, t["From the alert {0}"], reference),
        _ => t["By hand"],
    };
}
