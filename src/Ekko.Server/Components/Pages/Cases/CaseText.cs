using System.Globalization;
using Ekko.Core.Features.Cases;
using Microsoft.Extensions.Localization;

namespace Ekko.Server.Components.Pages.Cases;

/// <summary>
/// How the case pages say a case's state in words: statuses, priorities, SLA states (never colour alone), trail
/// lines, and times in the workspace's own time zone, since SLA clocks run in its business hours.
/// </summary>
public static class CaseText
{
    public static string Status(CaseStatus status, IStringLocalizer t) => status switch
    {
        CaseStatus.New => t["New"],
        CaseStatus.InProgress => t["In progress"],
        CaseStatus.WaitingForCustomer => t["Waiting for customer"],
        CaseStatus.Resolved => t["Resolved"],
        CaseStatus.Closed => t["Closed"],
        CaseStatus.Reopened => t["Reopened"],
        _ => status.ToString(),
    };

    public static string Priority(CasePriority priority, IStringLocalizer t) => priority switch
    {
        CasePriority.Low => t["Low"],
        CasePriority.Normal => t["Normal"],
        CasePriority.High => t["High"],
        CasePriority.Urgent => t["Urgent"],
        _ => priority.ToString(),
    };

    public static string Source(CaseSource source, IStringLocalizer t) => source switch
    {
        CaseSource.Rule => t["Rule"],
        CaseSource.Manual => t["By hand"],
        CaseSource.Alert => t["Alert"],
        _ => source.ToString(),
    };

    /// <summary>The SLA state the inbox filters by (<see cref="ListCases.SlaStates"/>) in words; null is a case without a running clock.</summary>
    public static string Sla(string? state, IStringLocalizer t) => state switch
    {
        "breached" => t["Breached"],
        "at_risk" => t["At risk"],
        "on_track" => t["On track"],
        "paused" => t["Paused"],
        _ => t["No clock running"],
    };

    public static string SlaClass(string? state) => state switch
    {
        "breached" => "ekko-sla ekko-sla-breached",
        "at_risk" => "ekko-sla ekko-sla-at-risk",
        "on_track" => "ekko-sla ekko-sla-on-track",
        "paused" => "ekko-sla ekko-sla-paused",
        _ => "ekko-sla",
    };

    /// <summary>The SLA due time that matters now: first contact until it happened, then resolution.</summary>
    public static DateTimeOffset? NextDue(CaseView view) =>
        view.FirstContactAt is null && view.FirstContactDueAt is { } contact ? contact : view.ResolutionDueAt;

    public static string Kind(string kind, IStringLocalizer t) => kind switch
    {
        "created" => t["Opened"],
        "status" => t["Status"],
        "priority" => t["Priority"],
        "assignee" => t["Assignee"],
        "team" => t["Team"],
        "resolution_code" => t["Resolution code"],
        "root_cause" => t["Root cause"],
        "note" => t["Note"],
        "reply" => t["E-mail to the customer"],
        "contact" => t["First contact"],
        "follow_up_survey" => t["Follow-up survey"],
        "response_linked" => t["Another answer"],
        "sla_warning" => t["SLA warning"],
        "sla_breach" => t["SLA breached"],
        _ => kind,
    };

    /// <summary>A trail value in words where it is one of ours (a status or priority key), as written otherwise.</summary>
    public static string Value(string kind, string? value, IStringLocalizer t)
    {
        if (value is null)
        {
            return "–";
        }

        return kind switch
        {
            "status" when Enum.TryParse<CaseStatus>(value.Replace("_", "", StringComparison.Ordinal), ignoreCase: true, out var s) => Status(s, t),
            "priority" when Enum.TryParse<CasePriority>(value, ignoreCase: true, out var p) => Priority(p, t),
            "sla_warning" or "sla_breach" => value == "first_contact" ? t["the first-contact clock"] : t["the resolution clock"],
            _ => value,
        };
    }

    /// <summary>"user:anna@x" → "anna@x"; rules and API keys keep their kind.</summary>
    public static string Actor(string actor) => actor.StartsWith("user:", StringComparison.Ordinal) ? actor[5..] : actor;

    /// <summary>A moment in the workspace's time zone ("Tue 24 Nov 2026 17:00"); pages name the zone once.</summary>
    public static string Local(DateTimeOffset at, string timeZone) =>
        TimeZoneInfo.ConvertTime(at, Zone(timeZone)).ToString("ddd d MMM yyyy HH:mm", CultureInfo.CurrentCulture);

    public static string Local(DateTimeOffset? at, string timeZone) => at is { } a ? Local(a, timeZone) : "–";

    private static TimeZoneInfo Zone(string id)
    {
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById(id);
        }
        catch (Exception e) when (e is TimeZoneNotFoundException or InvalidTimeZoneException)
        {
            return TimeZoneInfo.Utc;
        }
    }
}
