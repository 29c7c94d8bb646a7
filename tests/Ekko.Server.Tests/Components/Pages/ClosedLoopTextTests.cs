using System.Globalization;
using System.Text.Json.Nodes;
using Ekko.Analytics;
using Ekko.Analytics.Metrics;
using Ekko.Core.Features.ActionPlans;
using Ekko.Core.Features.Cases;
using Ekko.Server.Components.Pages.ActionPlans;
using Ekko.Server.Components.Pages.Cases;
using Microsoft.Extensions.Localization;

namespace Ekko.Server.Tests.Components.Pages;

/// <summary>How the closed-loop pages say a plan's impact and keep the inbox's filters in the address.</summary>
public sealed class ClosedLoopTextTests : IDisposable
{
    private readonly CultureInfo previous = CultureInfo.CurrentCulture;

    public ClosedLoopTextTests() => CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("en");

    public void Dispose() => CultureInfo.CurrentCulture = previous;

    private static ActionPlanView Plan(Metric metric, string? touchpoint, string filters = "{}") => new(
        Guid.NewGuid(), "Improve delivery", null, ActionPlanOrigin.Theme, "delivery", null, null, ActionPlanStatus.InProgress,
        new DateOnly(2026, 9, 14), metric, touchpoint, JsonNode.Parse(filters)!.AsObject(), 21, [], DateTimeOffset.UnixEpoch, DateTimeOffset.UnixEpoch);

    private static PlanImpact Impact(Change change, long before, long after, bool significant, bool lowN = false, bool started = true) => new(
        new DateOnly(2026, 8, 24), new DateOnly(2026, 9, 13), new DateOnly(2026, 9, 14), started ? new DateOnly(2026, 10, 4) : new DateOnly(2026, 9, 13),
        new Estimate(40, before, null), new Estimate(49.1, after, null), change, significant, lowN, "");

    [Fact]
    public void A_significant_change_is_said_first_with_its_interval_n_and_p_after_it()
    {
        var plan = Plan(Metric.Nps, "home-delivery");
        var impact = Impact(new Change(9.1, new Interval(2.04, 16.16), 0.0121), 412, 398, significant: true);

        Assert.Equal("NPS at home-delivery +9.1 points, significant", ImpactText.Headline(plan, impact, Keys.Instance));
        Assert.Equal("95% interval +2.0 … +16.2 · n = 412 before, 398 after · p = 0.012", ImpactText.Detail(plan, impact, Keys.Instance));
    }

    [Fact]
    public void A_change_within_chance_with_few_answers_says_both()
    {
        var plan = Plan(Metric.Csat, null, """{"customer.segment": ["vip", "gold"]}""");
        var impact = Impact(new Change(-3.04, new Interval(-20.9, 14.8), 0.41), 12, 1_250, significant: false, lowN: true);

        Assert.Equal("CSAT for customer.segment = vip or gold −3.0 percentage points, within chance, not a real change; few answers, read with care",
            ImpactText.Headline(plan, impact, Keys.Instance));
        Assert.Equal("95% interval −20.9 … +14.8 · n = 12 before, 1,250 after · p = 0.410", ImpactText.Detail(plan, impact, Keys.Instance));
    }

    [Fact]
    public void Effort_is_in_points_on_its_scale_and_a_plan_without_a_whole_day_is_not_measured_yet()
    {
        Assert.Equal("CES overall +0.25 points on the 1-7 scale, significant",
            ImpactText.Headline(Plan(Metric.Ces, null), Impact(new Change(0.25, new Interval(0.1, 0.4), 0.0004), 300, 310, significant: true), Keys.Instance));
        Assert.Equal("p < 0.001", ImpactText.Detail(Plan(Metric.Ces, null), Impact(new Change(0.25, null, 0.0004), 300, 310, significant: true), Keys.Instance).Split(" · ")[^1]);
        Assert.Equal("NPS at home-delivery: not measured yet, the plan has not run a whole day",
            ImpactText.Headline(Plan(Metric.Nps, "home-delivery"), Impact(Change.Unknown, 0, 0, significant: false, started: false), Keys.Instance));
        Assert.Equal("NPS at home-delivery: no change can be computed yet (no answers before or after the start)",
            ImpactText.Headline(Plan(Metric.Nps, "home-delivery"), Impact(Change.Unknown, 0, 5, significant: false), Keys.Instance));
    }

    [Fact]
    public void The_inbox_filters_go_into_the_address_and_back_and_unknown_values_are_dropped()
    {
        var filter = CaseInboxFilter.Parse("http://x/w/nordvik/cases?status=waiting_for_customer&priority=urgent&assignee=mine&sla=at_risk&source=rule&touchpoint=home-delivery&team=delivery");

        Assert.Equal(new CaseInboxFilter(CaseStatus.WaitingForCustomer, CasePriority.Urgent, "delivery", "mine", "home-delivery", "at_risk", CaseSource.Rule), filter);
        Assert.Equal(filter, CaseInboxFilter.Parse("http://x/w/nordvik/cases" + filter.ToQueryString()));
        Assert.Equal(new CaseInboxFilter(), CaseInboxFilter.Parse("http://x/cases?status=done&priority=HIGH&sla=late&source=email"));
        Assert.Equal("?assignee=none", new CaseInboxFilter().With("assignee", "none").ToQueryString());
        Assert.Equal("", filter.With("status", "").With("priority", null).With("team", "").With("assignee", "").With("touchpoint", "").With("sla", "").With("source", "").ToQueryString());
    }

    [Fact]
    public void Mine_is_the_signed_in_members_own_e_mail_and_the_open_cases_are_the_default()
    {
        var workspace = Guid.NewGuid();

        var mine = new CaseInboxFilter(Assignee: CaseInboxFilter.Mine).ToQuery(workspace, "agent@nordvik.example", "cursor", 50);
        var open = new CaseInboxFilter(Sla: "breached").ToQuery(workspace, "agent@nordvik.example", null, 50);

        Assert.Equal(("agent@nordvik.example", "cursor", workspace), (mine.Assignee, mine.After, mine.WorkspaceId));
        Assert.Equal((0, "breached", (string?)null), (open.Statuses.Count, open.Sla, open.Assignee));
        Assert.Equal([CaseStatus.Resolved], new CaseInboxFilter(CaseStatus.Resolved).ToQuery(workspace, null, null, 50).Statuses);
    }

    /// <summary>English as written in the pages: the key is the text.</summary>
    private sealed class Keys : IStringLocalizer
    {
        public static readonly Keys Instance = new();

        public LocalizedString this[string name] => new(name, name);

        public LocalizedString this[string name, params object[] arguments] => new(name, string.Format(CultureInfo.CurrentCulture, name, arguments));

        public IEnumerable<LocalizedString> GetAllStrings(bool includeParentCultures) => [];
    }
}
