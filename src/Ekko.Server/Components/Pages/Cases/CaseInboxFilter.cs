using Ekko.Core.Features.Cases;
using Microsoft.AspNetCore.WebUtilities;

namespace Ekko.Server.Components.Pages.Cases;

/// <summary>
/// The inbox's filters, kept in the address so a view can be shared and bookmarked ("my breached cases"):
/// <c>status</c> (a status, or none for the open ones), <c>priority</c>, <c>team</c>, <c>assignee</c> (<c>mine</c>,
/// <c>none</c> for unassigned, or an e-mail), <c>touchpoint</c>, <c>sla</c> and <c>source</c>. Unknown values are
/// dropped rather than guessed at.
/// </summary>
public sealed record CaseInboxFilter(
    CaseStatus? Status = null, CasePriority? Priority = null, string? Team = null, string? Assignee = null,
    string? Touchpoint = null, string? Sla = null, CaseSource? Source = null)
{
    public const string Mine = "mine";
    public const string Unassigned = "none";

    public static readonly IReadOnlyList<string> Keys = ["status", "priority", "team", "assignee", "touchpoint", "sla", "source"];

    public static CaseInboxFilter Parse(string uri)
    {
        var query = QueryHelpers.ParseQuery(new Uri(uri).Query);
        string? Text(string key) => query.TryGetValue(key, out var v) && v.ToString() is { Length: > 0 and <= 320 } s ? s : null;
        return new CaseInboxFilter(
            Enum<CaseStatus>(Text("status")),
            Enum<CasePriority>(Text("priority")),
            Text("team"),
            Text("assignee"),
            Text("touchpoint"),
            Text("sla") is { } sla && ListCases.SlaStates.Contains(sla) ? sla : null,
            Enum<CaseSource>(Text("source")));
    }

    /// <summary>The address's query string (empty without filters): values as the API writes them.</summary>
    public string ToQueryString()
    {
        var parts = new List<KeyValuePair<string, string?>>();
        void Add(string key, string? value)
        {
            if (!string.IsNullOrEmpty(value))
            {
                parts.Add(new(key, value));
            }
        }

        Add("status", Status is { } s ? Key(s) : null);
        Add("priority", Priority is { } p ? Key(p) : null);
        Add("team", Team);
        Add("assignee", Assignee);
        Add("touchpoint", Touchpoint);
        Add("sla", Sla);
        Add("source", Source is { } o ? Key(o) : null);
        return Microsoft.AspNetCore.Http.QueryString.Create(parts).ToString();
    }

    /// <summary>This filter with one value changed (by its address key); an empty value removes it.</summary>
    public CaseInboxFilter With(string key, string? value)
    {
        value = string.IsNullOrEmpty(value) ? null : value;
        return key switch
        {
            "status" => this with { Status = Enum<CaseStatus>(value) },
            "priority" => this with { Priority = Enum<CasePriority>(value) },
            "team" => this with { Team = value },
            "assignee" => this with { Assignee = value },
            "touchpoint" => this with { Touchpoint = value },
            "sla" => this with { Sla = value is not null && ListCases.SlaStates.Contains(value) ? value : null },
            "source" => this with { Source = Enum<CaseSource>(value) },
            _ => this,
        };
    }

    /// <summary>The inbox query for the signed-in member: "mine" is their own e-mail.</summary>
    public ListCasesQuery ToQuery(Guid workspaceId, string? myEmail, string? after, int limit) => new(
        workspaceId, Status is { } s ? [s] : [], Priority, Team,
        Assignee == Mine ? myEmail ?? "" : Assignee, null, Touchpoint, Sla, Source, after, limit);

    public static string Key<TEnum>(TEnum value)
        where TEnum : struct, Enum => System.Text.Json.JsonNamingPolicy.SnakeCaseLower.ConvertName(value.ToString());

    private static TEnum? Enum<TEnum>(string? text)
        where TEnum : struct, Enum =>
        text is null ? null : System.Enum.GetValues<TEnum>().Cast<TEnum?>().FirstOrDefault(v => Key(v!.Value) == text);
}
