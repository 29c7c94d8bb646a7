using Ekko.Core.Features.Customers;
using Ekko.Core.Features.Distribution;
using Ekko.Core.Features.Interactions;
using Ekko.Core.Features.Journeys;
using Ekko.Core.Features.Privacy;
using Ekko.Core.Features.Responses;
using Ekko.Core.Features.Surveys;
using Ekko.Core.Features.Workspaces;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Ekko.Core.Data;

internal sealed class OrganizationConfiguration : IEntityTypeConfiguration<Organization>
{
    public void Configure(EntityTypeBuilder<Organization> e) => e.Property(o => o.Name).HasMaxLength(200);
}

internal sealed class WorkspaceConfiguration : IEntityTypeConfiguration<Workspace>
{
    public void Configure(EntityTypeBuilder<Workspace> e)
    {
        e.Property(w => w.Name).HasMaxLength(200);
        e.Property(w => w.Slug).HasMaxLength(64);
        e.Property(w => w.DefaultLanguage).HasMaxLength(8);
        e.Property(w => w.ActivityTypes).HasMaxLength(1000);
        e.Property(w => w.TimeZone).HasMaxLength(64);
        e.Property(w => w.WidgetSecret).HasMaxLength(64);
        e.Property(w => w.Languages).HasMaxLength(64);
        e.HasIndex(w => w.Slug).IsUnique();
        e.HasOne<Organization>().WithMany().HasForeignKey(w => w.OrganizationId);
    }
}

internal sealed class MembershipConfiguration : IEntityTypeConfiguration<Membership>
{
    public void Configure(EntityTypeBuilder<Membership> e)
    {
        e.HasKey(m => new { m.WorkspaceId, m.UserId });
        e.HasOne<Workspace>().WithMany().HasForeignKey(m => m.WorkspaceId).OnDelete(DeleteBehavior.Cascade);
        e.HasOne<EkkoUser>().WithMany().HasForeignKey(m => m.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ApiKeyConfiguration : IEntityTypeConfiguration<ApiKey>
{
    public void Configure(EntityTypeBuilder<ApiKey> e)
    {
        e.Property(k => k.Name).HasMaxLength(200);
        e.Property(k => k.Prefix).HasMaxLength(16);
        e.Property(k => k.SecretHash).HasMaxLength(32);
        e.HasIndex(k => k.Prefix).IsUnique();
        e.HasIndex(k => k.WorkspaceId);
        e.HasOne<Workspace>().WithMany().HasForeignKey(k => k.WorkspaceId).OnDelete(DeleteBehavior.Cascade);
        e.Ignore(k => k.IsActive);
    }
}

internal sealed class CustomerConfiguration : IEntityTypeConfiguration<Customer>
{
    public void Configure(EntityTypeBuilder<Customer> e)
    {
        e.Property(c => c.ExternalId).HasMaxLength(200);
        e.Property(c => c.Email).HasMaxLength(320);
        e.Property(c => c.Phone).HasMaxLength(32);
        e.Property(c => c.Name).HasMaxLength(200);
        e.Property(c => c.Language).HasMaxLength(8);
        e.Property(c => c.Attributes).HasAnnotation(JsonColumn.Annotation, true);
        e.HasIndex(c => new { c.WorkspaceId, c.ExternalId }).IsUnique();
        e.HasIndex(c => new { c.WorkspaceId, c.Seq });
        e.HasOne<Workspace>().WithMany().HasForeignKey(c => c.WorkspaceId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class TouchpointConfiguration : IEntityTypeConfiguration<Touchpoint>
{
    public void Configure(EntityTypeBuilder<Touchpoint> e)
    {
        e.Property(t => t.Key).HasMaxLength(64);
        e.Property(t => t.Name).HasMaxLength(200);
        e.Property(t => t.Channel).HasMaxLength(64);
        e.Property(t => t.Description).HasMaxLength(2000);
        e.HasIndex(t => new { t.WorkspaceId, t.Key }).IsUnique();
        e.HasOne<Workspace>().WithMany().HasForeignKey(t => t.WorkspaceId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class JourneyConfiguration : IEntityTypeConfiguration<Journey>
{
    public void Configure(EntityTypeBuilder<Journey> e)
    {
        e.Property(j => j.Key).HasMaxLength(64);
        e.Property(j => j.Name).HasMaxLength(200);
        e.Property(j => j.Description).HasMaxLength(2000);
        e.HasIndex(j => new { j.WorkspaceId, j.Key }).IsUnique();
        e.HasOne<Workspace>().WithMany().HasForeignKey(j => j.WorkspaceId).OnDelete(DeleteBehavior.Cascade);
        e.HasMany(j => j.Stages).WithOne().HasForeignKey(s => s.JourneyId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class JourneyStageConfiguration : IEntityTypeConfiguration<JourneyStage>
{
    public void Configure(EntityTypeBuilder<JourneyStage> e)
    {
        e.Property(s => s.Name).HasMaxLength(200);
        e.HasMany(s => s.Touchpoints).WithOne().HasForeignKey(t => t.StageId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class JourneyStageTouchpointConfiguration : IEntityTypeConfiguration<JourneyStageTouchpoint>
{
    public void Configure(EntityTypeBuilder<JourneyStageTouchpoint> e)
    {
        e.HasKey(t => new { t.StageId, t.TouchpointId });
        e.HasOne<Touchpoint>().WithMany().HasForeignKey(t => t.TouchpointId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class InteractionConfiguration : IEntityTypeConfiguration<Interaction>
{
    public void Configure(EntityTypeBuilder<Interaction> e)
    {
        e.Property(i => i.ExternalId).HasMaxLength(200);
        e.Property(i => i.Type).HasMaxLength(100);
        e.Property(i => i.Channel).HasMaxLength(64);
        e.Property(i => i.Properties).HasAnnotation(JsonColumn.Annotation, true);
        e.HasIndex(i => new { i.WorkspaceId, i.ExternalId }).IsUnique();
        e.HasIndex(i => new { i.WorkspaceId, i.CustomerId, i.OccurredAt });
        e.HasIndex(i => new { i.WorkspaceId, i.OccurredAt });
        e.HasOne<Workspace>().WithMany().HasForeignKey(i => i.WorkspaceId).OnDelete(DeleteBehavior.Cascade);
        e.HasOne<Customer>().WithMany().HasForeignKey(i => i.CustomerId).OnDelete(DeleteBehavior.Cascade);
        e.HasOne<Touchpoint>().WithMany().HasForeignKey(i => i.TouchpointId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class ResponseConfiguration : IEntityTypeConfiguration<Response>
{
    public void Configure(EntityTypeBuilder<Response> e)
    {
        e.Property(r => r.ExternalId).HasMaxLength(200);
        e.Property(r => r.Survey).HasMaxLength(100);
        e.Property(r => r.Channel).HasMaxLength(64);
        e.Property(r => r.Language).HasMaxLength(8);
        e.Property(r => r.Comment).HasMaxLength(10_000);
        e.Property(r => r.Answers).HasAnnotation(JsonColumn.Annotation, true);
        e.Property(r => r.Attributes).HasAnnotation(JsonColumn.Annotation, true);
        e.HasIndex(r => new { r.WorkspaceId, r.ExternalId }).IsUnique();
        e.HasIndex(r => new { r.WorkspaceId, r.CustomerId, r.SubmittedAt });
        e.HasIndex(r => new { r.WorkspaceId, r.SubmittedAt });
        e.HasIndex(r => new { r.WorkspaceId, r.Seq });
        e.HasOne<Workspace>().WithMany().HasForeignKey(r => r.WorkspaceId).OnDelete(DeleteBehavior.Cascade);
        e.HasOne<Customer>().WithMany().HasForeignKey(r => r.CustomerId).OnDelete(DeleteBehavior.Cascade);
        e.HasOne<Touchpoint>().WithMany().HasForeignKey(r => r.TouchpointId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class CustomerErasureConfiguration : IEntityTypeConfiguration<CustomerErasure>
{
    public void Configure(EntityTypeBuilder<CustomerErasure> e)
    {
        e.HasIndex(x => new { x.WorkspaceId, x.Seq });
        e.HasOne<Workspace>().WithMany().HasForeignKey(x => x.WorkspaceId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class SurveyConfiguration : IEntityTypeConfiguration<Survey>
{
    public void Configure(EntityTypeBuilder<Survey> e)
    {
        e.Property(s => s.Key).HasMaxLength(64);
        e.Property(s => s.Slug).HasMaxLength(140);
        e.Property(s => s.Name).HasMaxLength(200);
        e.Property(s => s.DefaultLanguage).HasMaxLength(8);
        e.Property(s => s.Definition).HasAnnotation(JsonColumn.Annotation, true);
        e.Property(s => s.Distribution).HasAnnotation(JsonColumn.Annotation, true);
        e.HasIndex(s => new { s.WorkspaceId, s.Key }).IsUnique();
        e.HasIndex(s => s.Slug).IsUnique();
        e.HasOne<Workspace>().WithMany().HasForeignKey(s => s.WorkspaceId).OnDelete(DeleteBehavior.Cascade);
        e.HasOne<Touchpoint>().WithMany().HasForeignKey(s => s.TouchpointId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class SurveySessionConfiguration : IEntityTypeConfiguration<SurveySession>
{
    public void Configure(EntityTypeBuilder<SurveySession> e)
    {
        e.Property(s => s.Channel).HasMaxLength(16);
        e.Property(s => s.Language).HasMaxLength(8);
        e.Property(s => s.Answers).HasAnnotation(JsonColumn.Annotation, true);
        e.Property(s => s.Attributes).HasAnnotation(JsonColumn.Annotation, true);
        e.Ignore(s => s.ResponseId);
        e.HasIndex(s => new { s.WorkspaceId, s.SurveyId });
        e.HasIndex(s => s.InvitationId).IsUnique();
        // The idle-session sweep reads unrecorded sessions by last activity.
        e.HasIndex(s => new { s.RecordedAt, s.UpdatedAt });
        e.HasOne<Workspace>().WithMany().HasForeignKey(s => s.WorkspaceId).OnDelete(DeleteBehavior.Cascade);
        e.HasOne<Survey>().WithMany().HasForeignKey(s => s.SurveyId).OnDelete(DeleteBehavior.Cascade);
        e.HasOne<Customer>().WithMany().HasForeignKey(s => s.CustomerId).OnDelete(DeleteBehavior.Cascade);
        e.HasOne<Invitation>().WithMany().HasForeignKey(s => s.InvitationId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class InvitationConfiguration : IEntityTypeConfiguration<Invitation>
{
    public void Configure(EntityTypeBuilder<Invitation> e)
    {
        e.Property(i => i.Reason).HasMaxLength(500);
        e.Property(i => i.LastError).HasMaxLength(1000);
        e.Property(i => i.Language).HasMaxLength(8);
        e.Property(i => i.Attributes).HasAnnotation(JsonColumn.Annotation, true);
        e.HasIndex(i => new { i.TriggerId, i.SourceInteractionId }).IsUnique();
        e.HasIndex(i => new { i.Status, i.DueAt });
        e.HasIndex(i => new { i.WorkspaceId, i.CustomerId, i.SentAt });
        e.HasIndex(i => new { i.WorkspaceId, i.CreatedAt });
        e.HasOne<Workspace>().WithMany().HasForeignKey(i => i.WorkspaceId).OnDelete(DeleteBehavior.Cascade);
        e.HasOne<Survey>().WithMany().HasForeignKey(i => i.SurveyId).OnDelete(DeleteBehavior.Cascade);
        e.HasOne<Customer>().WithMany().HasForeignKey(i => i.CustomerId).OnDelete(DeleteBehavior.Cascade);
        e.HasOne<SurveyTrigger>().WithMany().HasForeignKey(i => i.TriggerId).OnDelete(DeleteBehavior.SetNull);
    }
}

internal sealed class SurveyTriggerConfiguration : IEntityTypeConfiguration<SurveyTrigger>
{
    public void Configure(EntityTypeBuilder<SurveyTrigger> e)
    {
        e.Property(t => t.InteractionType).HasMaxLength(100);
        e.Property(t => t.PropertyName).HasMaxLength(64);
        e.Property(t => t.PropertyValue).HasMaxLength(200);
        e.HasIndex(t => t.WorkspaceId);
        e.HasOne<Workspace>().WithMany().HasForeignKey(t => t.WorkspaceId).OnDelete(DeleteBehavior.Cascade);
        e.HasOne<Survey>().WithMany().HasForeignKey(t => t.SurveyId).OnDelete(DeleteBehavior.Cascade);
        e.HasOne<Touchpoint>().WithMany().HasForeignKey(t => t.TouchpointId).OnDelete(DeleteBehavior.Restrict);
    }
}
