using Ekko.Core.Features.ActionPlans;
using Ekko.Core.Features.Cases;
using Ekko.Core.Features.Customers;
using Ekko.Core.Features.Integrations;
using Ekko.Core.Features.Journeys;
using Ekko.Core.Features.Responses;
using Ekko.Core.Features.Workspaces;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Ekko.Core.Data;

internal sealed class CaseConfiguration : IEntityTypeConfiguration<FollowUpCase>
{
    public void Configure(EntityTypeBuilder<FollowUpCase> e)
    {
        e.Property(c => c.Title).HasMaxLength(300);
        e.Property(c => c.Description).HasMaxLength(10_000);
        e.Property(c => c.AssigneeId).HasMaxLength(450);
        e.Property(c => c.ResolutionCode).HasMaxLength(64);
        e.Property(c => c.RootCause).HasMaxLength(64);
        e.Property(c => c.AlertRef).HasMaxLength(200);
        e.Property(c => c.Version).IsConcurrencyToken();
        e.Ignore(c => c.IsOpen);
        e.HasIndex(c => new { c.WorkspaceId, c.Number }).IsUnique();
        // One response opens at most one case, whatever instance stores it and however often it is re-sent.
        e.HasIndex(c => c.ResponseId).IsUnique();
        // One alert opens at most one case: the alerting side may retry.
        e.HasIndex(c => new { c.WorkspaceId, c.AlertRef }).IsUnique();
        e.HasIndex(c => new { c.WorkspaceId, c.Status, c.OpenedAt });
        e.HasIndex(c => new { c.WorkspaceId, c.CustomerId, c.OpenedAt });
        // The SLA watch looks for open cases by due time.
        e.HasIndex(c => new { c.Status, c.FirstContactWarnAt });
        e.HasIndex(c => new { c.Status, c.ResolutionWarnAt });
        e.HasOne<Workspace>().WithMany().HasForeignKey(c => c.WorkspaceId).OnDelete(DeleteBehavior.Cascade);
        e.HasOne<Customer>().WithMany().HasForeignKey(c => c.CustomerId).OnDelete(DeleteBehavior.Cascade);
        e.HasOne<Response>().WithMany().HasForeignKey(c => c.ResponseId).OnDelete(DeleteBehavior.SetNull);
        e.HasOne<Touchpoint>().WithMany().HasForeignKey(c => c.TouchpointId).OnDelete(DeleteBehavior.Restrict);
        e.HasOne<CaseRule>().WithMany().HasForeignKey(c => c.RuleId).OnDelete(DeleteBehavior.SetNull);
        e.HasOne<CaseTeam>().WithMany().HasForeignKey(c => c.TeamId).OnDelete(DeleteBehavior.SetNull);
    }
}

internal sealed class CaseEventConfiguration : IEntityTypeConfiguration<CaseEvent>
{
    public void Configure(EntityTypeBuilder<CaseEvent> e)
    {
        e.Property(x => x.Actor).HasMaxLength(200);
        e.Property(x => x.Kind).HasMaxLength(32);
        e.Property(x => x.From).HasMaxLength(200);
        e.Property(x => x.To).HasMaxLength(200);
        e.Property(x => x.Text).HasMaxLength(10_000);
        e.HasIndex(x => new { x.CaseId, x.At });
        e.HasOne<Workspace>().WithMany().HasForeignKey(x => x.WorkspaceId).OnDelete(DeleteBehavior.Cascade);
        e.HasOne<FollowUpCase>().WithMany().HasForeignKey(x => x.CaseId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class CaseRuleConfiguration : IEntityTypeConfiguration<CaseRule>
{
    public void Configure(EntityTypeBuilder<CaseRule> e)
    {
        e.Property(r => r.Name).HasMaxLength(200);
        e.Property(r => r.Keywords).HasMaxLength(4000);
        e.Property(r => r.CustomerAttribute).HasMaxLength(64);
        e.Property(r => r.CustomerAttributeValue).HasMaxLength(200);
        e.Property(r => r.RaisePriorityAttribute).HasMaxLength(64);
        e.Property(r => r.Sentiment).HasMaxLength(16);
        e.Property(r => r.Theme).HasMaxLength(64);
        e.HasIndex(r => r.WorkspaceId);
        e.HasOne<Workspace>().WithMany().HasForeignKey(r => r.WorkspaceId).OnDelete(DeleteBehavior.Cascade);
        e.HasOne<Touchpoint>().WithMany().HasForeignKey(r => r.TouchpointId).OnDelete(DeleteBehavior.Restrict);
        e.HasOne<CaseTeam>().WithMany().HasForeignKey(r => r.TeamId).OnDelete(DeleteBehavior.SetNull);
    }
}

internal sealed class CaseTeamConfiguration : IEntityTypeConfiguration<CaseTeam>
{
    public void Configure(EntityTypeBuilder<CaseTeam> e)
    {
        e.Property(t => t.Key).HasMaxLength(64);
        e.Property(t => t.Name).HasMaxLength(200);
        e.Property(t => t.Members).HasMaxLength(20_000);
        e.Property(t => t.Touchpoints).HasMaxLength(20_000);
        e.HasIndex(t => new { t.WorkspaceId, t.Key }).IsUnique();
        e.HasOne<Workspace>().WithMany().HasForeignKey(t => t.WorkspaceId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class CaseSettingsConfiguration : IEntityTypeConfiguration<CaseSettings>
{
    public void Configure(EntityTypeBuilder<CaseSettings> e)
    {
        e.HasKey(s => s.WorkspaceId);
        e.Property(s => s.DayStart).HasMaxLength(5);
        e.Property(s => s.DayEnd).HasMaxLength(5);
        e.Property(s => s.Workdays).HasMaxLength(20);
        e.Property(s => s.Holidays).HasMaxLength(20_000);
        e.Ignore(s => s.Policy);
        e.Ignore(s => s.HolidayDates);
        e.Ignore(s => s.WorkdaySet);
        e.HasOne<Workspace>().WithOne().HasForeignKey<CaseSettings>(s => s.WorkspaceId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class CaseReplyTemplateConfiguration : IEntityTypeConfiguration<CaseReplyTemplate>
{
    public void Configure(EntityTypeBuilder<CaseReplyTemplate> e)
    {
        e.Property(t => t.Key).HasMaxLength(64);
        e.Property(t => t.Language).HasMaxLength(8);
        e.Property(t => t.Subject).HasMaxLength(300);
        e.Property(t => t.Body).HasMaxLength(20_000);
        e.HasIndex(t => new { t.WorkspaceId, t.Key, t.Language }).IsUnique();
        e.HasOne<Workspace>().WithMany().HasForeignKey(t => t.WorkspaceId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ActionPlanConfiguration : IEntityTypeConfiguration<ActionPlan>
{
    public void Configure(EntityTypeBuilder<ActionPlan> e)
    {
        e.Property(p => p.Title).HasMaxLength(300);
        e.Property(p => p.Description).HasMaxLength(10_000);
        e.Property(p => p.OriginRef).HasMaxLength(500);
        e.Property(p => p.Owner).HasMaxLength(320);
        e.Property(p => p.Touchpoint).HasMaxLength(64);
        e.Property(p => p.Filters).HasAnnotation(JsonColumn.Annotation, true);
        e.HasIndex(p => new { p.WorkspaceId, p.CreatedAt });
        e.HasOne<Workspace>().WithMany().HasForeignKey(p => p.WorkspaceId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ActionPlanCaseConfiguration : IEntityTypeConfiguration<ActionPlanCase>
{
    public void Configure(EntityTypeBuilder<ActionPlanCase> e)
    {
        e.HasKey(x => new { x.PlanId, x.CaseId });
        e.HasIndex(x => x.CaseId);
        e.HasOne<ActionPlan>().WithMany().HasForeignKey(x => x.PlanId).OnDelete(DeleteBehavior.Cascade);
        e.HasOne<FollowUpCase>().WithMany().HasForeignKey(x => x.CaseId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class WebhookSubscriptionConfiguration : IEntityTypeConfiguration<WebhookSubscription>
{
    public void Configure(EntityTypeBuilder<WebhookSubscription> e)
    {
        e.Property(s => s.Url).HasMaxLength(2000);
        e.Property(s => s.Events).HasMaxLength(500);
        e.Property(s => s.Secret).HasMaxLength(100);
        e.Property(s => s.DisabledReason).HasMaxLength(1000);
        e.Ignore(s => s.EventList);
        e.HasIndex(s => s.WorkspaceId);
        e.HasOne<Workspace>().WithMany().HasForeignKey(s => s.WorkspaceId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class WebhookDeliveryConfiguration : IEntityTypeConfiguration<WebhookDelivery>
{
    public void Configure(EntityTypeBuilder<WebhookDelivery> e)
    {
        e.Property(d => d.EventType).HasMaxLength(64);
        e.Property(d => d.Payload).HasMaxLength(100_000);
        e.Property(d => d.LastError).HasMaxLength(1000);
        e.HasIndex(d => new { d.Status, d.NextAttemptAt });
        e.HasIndex(d => new { d.SubscriptionId, d.CreatedAt });
        e.HasOne<Workspace>().WithMany().HasForeignKey(d => d.WorkspaceId).OnDelete(DeleteBehavior.Cascade);
        e.HasOne<WebhookSubscription>().WithMany().HasForeignKey(d => d.SubscriptionId).OnDelete(DeleteBehavior.Cascade);
    }
}
