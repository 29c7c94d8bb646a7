using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Ekko.Analytics;
using Ekko.Core.Data;
using Ekko.Core.Features.Integrations;
using Ekko.Core.Formats;

namespace Ekko.Core.Features.ActionPlans;

/// <summary>
/// A plan body: <c>{"title", "description"?, "origin"?: "theme"|"touchpoint"|"insight"|"alert"|"manual", "origin_ref"?,
/// "owner"?, "due_on"?, "status"?, "starts_on"?, "metric"?, "touchpoint"?, "filters"?: {"customer.segment": ["member"]},
/// "window_days"?, "cases"?: [case ids]}</c>. A plan from a touchpoint targets that touchpoint unless told otherwise.
/// </summary>
internal static class ActionPlanInput
{
    public static async Task<IReadOnlyList<FieldError>> ReadIntoAsync(
        EkkoDbContext db, Guid workspaceId, JsonNode? body, ActionPlan plan, bool isNew, List<Guid> cases, CancellationToken cancellationToken)
    {
        var reader = RecordReader.For(body, out var notAnObject);
        if (reader is null)
        {
            return [notAnObject!];
        }

        var title = isNew || reader.Has("title") ? reader.RequiredString("title", 300) : plan.Title;
        var description = reader.Has("description") ? reader.OptionalString("description", 10_000) : plan.Description;
        ActionPlanOrigin origin = plan.Origin;
        string? originRef = plan.OriginRef;
        if (isNew)
        {
            origin = reader.Has("origin") ? reader.RequiredEnum<ActionPlanOrigin>("origin") : ActionPlanOrigin.Manual;
            originRef = reader.OptionalString("origin_ref", 500);
            if (origin != ActionPlanOrigin.Manual && originRef is null)
            {
                reader.AddError("origin_ref", $"a plan from a {Cases.Names.Of(origin)} names it (theme id, touchpoint key, insight text or alert id)");
            }
        }
        else if (reader.Has("origin") || reader.Has("origin_ref"))
        {
            reader.AddError(reader.Has("origin") ? "origin" : "origin_ref", "is fixed when the plan is created");
        }

        var owner = reader.Has("owner") ? reader.OptionalString("owner", 320) : plan.Owner;
        var dueOn = reader.Has("due_on") ? Date(reader, body!, "due_on") : plan.DueOn;
        var status = reader.Has("status") ? reader.RequiredEnum<ActionPlanStatus>("status") : plan.Status;
        var startsOn = reader.Has("starts_on") ? Date(reader, body!, "starts_on") ?? plan.StartsOn : plan.StartsOn;
        var metric = reader.Has("metric") ? reader.RequiredEnum<Metric>("metric") : plan.Metric;
        var touchpoint = reader.Has("touchpoint") ? reader.OptionalKey("touchpoint")
            : isNew && origin == ActionPlanOrigin.Touchpoint ? originRef : plan.Touchpoint;
        var filters = plan.Filters;
        if (reader.Has("filters"))
        {
            if (body!["filters"] is JsonObject given && given.Count <= 20 && given.All(f => f.Key.Length is > 0 and <= 100
                && f.Value is JsonArray values && values.Count is > 0 and <= 100 && values.All(v => RecordReader.TryGetString(v, out _))))
            {
                filters = given.ToJsonString();
            }
            else
            {
                reader.AddError("filters", "expected an object of up to 20 dimensions, each with an array of values: {\"customer.segment\": [\"member\"]}");
            }
        }

        var window = reader.Has("window_days") ? reader.OptionalInteger("window_days") ?? plan.WindowDays : plan.WindowDays;
        if (window is < 1 or > 366)
        {
            reader.AddError("window_days", "expected 1-366 days");
        }

        if (reader.Has("cases"))
        {
            if (body!["cases"] is JsonArray ids && ids.Count <= 1000 && ids.All(i => RecordReader.TryGetString(i, out var s) && Guid.TryParse(s, out _)))
            {
                var wanted = ids.Select(i => Guid.Parse(i!.GetValue<string>())).Distinct().ToList();
                var known = await db.Cases.Where(c => c.WorkspaceId == workspaceId && wanted.Contains(c.Id)).Select(c => c.Id).ToListAsync(cancellationToken);
                foreach (var missing in wanted.Except(known).Take(5))
                {
                    reader.AddError("cases", $"this workspace has no case {missing}");
                }

                cases.AddRange(known);
            }
            else
            {
                reader.AddError("cases", "expected an array of up to 1000 case ids");
            }
        }

        if (touchpoint is not null && reader.Errors.All(e => e.Field != "touchpoint")
            && !await db.Touchpoints.AnyAsync(t => t.WorkspaceId == workspaceId && t.Key == touchpoint, cancellationToken))
        {
            reader.AddError("touchpoint", $"this workspace has no touchpoint '{touchpoint}'");
        }

        reader.RejectUnknownFields();
        if (reader.Errors.Count > 0)
        {
            return reader.Errors;
        }

        plan.Title = title;
        plan.Description = description;
        plan.Owner = owner;
        plan.DueOn = dueOn;
        plan.Status = status;
        plan.StartsOn = startsOn;
        plan.Metric = metric;
        plan.Touchpoint = touchpoint;
        plan.Filters = filters;
        plan.WindowDays = window;
        if (isNew)
        {
            plan.Origin = origin;
            plan.OriginRef = originRef;
        }

        return [];
    }

    private static DateOnly? Date(RecordReader reader, JsonNode body, string field)
    {
        if (body[field] is null)
        {
            return null;
        }

        if (RecordReader.TryGetString(body[field], out var text)
            && DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        reader.AddError(field, "expected a date YYYY-MM-DD");
        return null;
    }

    public static async Task<ActionPlanView> ViewAsync(EkkoDbContext db, ActionPlan plan, PlanImpact? impact, CancellationToken cancellationToken)
    {
        var cases = await db.ActionPlanCases.AsNoTracking().Where(c => c.PlanId == plan.Id).Select(c => c.CaseId).ToListAsync(cancellationToken);
        return new ActionPlanView(plan.Id, plan.Title, plan.Description, plan.Origin, plan.OriginRef, plan.Owner, plan.DueOn, plan.Status,
            plan.StartsOn, plan.Metric, plan.Touchpoint, JsonNode.Parse(plan.Filters)!.AsObject(), plan.WindowDays, cases, plan.CreatedAt, plan.UpdatedAt, impact);
    }

    /// <summary>Replaces the plan's linked cases (when the body named them) and queues <c>action_plan.updated</c>; the caller saves.</summary>
    public static async Task LinkAndAnnounceAsync(EkkoDbContext db, ActionPlan plan, List<Guid>? cases, PlanImpact? impact, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (cases is not null)
        {
            await db.ActionPlanCases.Where(c => c.PlanId == plan.Id).ExecuteDeleteAsync(cancellationToken);
            db.ActionPlanCases.AddRange(cases.Select(c => new ActionPlanCase { PlanId = plan.Id, CaseId = c }));
        }

        await db.SaveChangesAsync(cancellationToken);
        var outbox = await WebhookOutbox.ForAsync(db, plan.WorkspaceId, cancellationToken);
        if (outbox.Wants(WebhookEvents.ActionPlanUpdated))
        {
            var data = JsonSerializer.SerializeToNode(await ViewAsync(db, plan, null, cancellationToken), EkkoJson.Options)!.AsObject();
            data.Remove("impact");
            if (impact is not null)
            {
                data["impact"] = impact.Sentence;
            }

            outbox.Add(WebhookEvents.ActionPlanUpdated, data, now);
            await db.SaveChangesAsync(cancellationToken);
        }
    }
}
