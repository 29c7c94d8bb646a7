namespace Ekko.Core.Features.Integrations;

/// <summary>The event types a webhook can subscribe to.</summary>
public static class WebhookEvents
{
    public const string ResponseCreated = "response.created";
    public const string CaseCreated = "case.created";
    public const string CaseUpdated = "case.updated";
    public const string CaseSlaBreached = "case.sla_breached";
    public const string AlertRaised = "alert.raised";
    public const string ActionPlanUpdated = "action_plan.updated";

    public static readonly IReadOnlyList<string> All = [ResponseCreated, CaseCreated, CaseUpdated, CaseSlaBreached, AlertRaised, ActionPlanUpdated];
}
