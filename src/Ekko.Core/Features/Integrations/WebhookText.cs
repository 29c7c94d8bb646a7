using System.Text.Json.Nodes;

namespace Ekko.Core.Features.Integrations;

/// <summary>An event in one sentence, for chat channels (the Slack-compatible format).</summary>
internal static class WebhookText
{
    public static string Describe(string eventType, JsonObject data) => eventType switch
    {
        WebhookEvents.ResponseCreated =>
            $"New response {S(data, "id")}{Score(data)} to '{S(data, "survey")}'{At(data)}{Comment(data)}",
        WebhookEvents.CaseCreated =>
            $"Case #{S(data, "number")} opened ({S(data, "priority")}): {S(data, "title")}{Assignee(data)}",
        WebhookEvents.CaseUpdated =>
            $"Case #{S(data, "number")} is {S(data, "status")?.Replace('_', ' ')}: {S(data, "title")}{Assignee(data)}",
        WebhookEvents.CaseSlaBreached =>
            $":rotating_light: Case #{S(data, "number")} breached its {S(data, "sla")?.Replace('_', ' ')} SLA (due {S(data, "due_at")}): {S(data, "title")}",
        WebhookEvents.ActionPlanUpdated =>
            $"Action plan '{S(data, "title")}' is {S(data, "status")?.Replace('_', ' ')}{(S(data, "impact") is { } impact ? $"; {impact}" : "")}",
        WebhookEvents.AlertRaised => $"Alert: {S(data, "summary") ?? S(data, "title")}",
        _ => eventType,
    };

    private static string? S(JsonObject data, string name) => data[name] is JsonValue v ? v.ToString() : null;

    private static string Score(JsonObject data) => S(data, "metric") is { } metric ? $" ({metric.ToUpperInvariant()} {S(data, "score")})" : "";

    private static string At(JsonObject data) => S(data, "touchpoint") is { } touchpoint ? $" at {touchpoint}" : "";

    private static string Comment(JsonObject data) => S(data, "comment") is { Length: > 0 } comment
        ? $": \"{(comment.Length > 280 ? comment[..280] + "..." : comment)}\""
        : "";

    private static string Assignee(JsonObject data) => S(data, "assignee") is { } assignee ? $" (assigned to {assignee})" : "";
}
