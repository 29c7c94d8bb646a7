using Ekko.Core.Features.Alerts;
using Ekko.Core.Features.Workspaces;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Ekko.Core.Data;

internal sealed class AlertConfiguration : IEntityTypeConfiguration<Alert>
{
    public void Configure(EntityTypeBuilder<Alert> e)
    {
        e.Property(a => a.SeriesKey).HasMaxLength(400);
        e.Property(a => a.Measure).HasMaxLength(32);
        e.Property(a => a.ScopeDimension).HasMaxLength(100);
        e.Property(a => a.ScopeValue).HasMaxLength(200);
        e.Property(a => a.Title).HasMaxLength(500);
        e.Property(a => a.Summary).HasMaxLength(4000);
        e.Property(a => a.StatusBy).HasMaxLength(400);
        e.Property(a => a.Explanation).HasAnnotation(JsonColumn.Annotation, true);
        // The claim: an alert of one series and period is inserted once, whichever instance gets there first.
        e.HasIndex(a => new { a.WorkspaceId, a.SeriesKey, a.Period }).IsUnique();
        e.HasIndex(a => new { a.WorkspaceId, a.Status, a.Period });
        e.HasOne<Workspace>().WithMany().HasForeignKey(a => a.WorkspaceId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class AlertWatchConfiguration : IEntityTypeConfiguration<AlertWatch>
{
    public void Configure(EntityTypeBuilder<AlertWatch> e)
    {
        e.HasKey(w => w.WorkspaceId);
        e.Property(w => w.LeaseOwner).HasMaxLength(200);
        e.HasOne<Workspace>().WithMany().HasForeignKey(w => w.WorkspaceId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class AlertSubscriberConfiguration : IEntityTypeConfiguration<AlertSubscriber>
{
    public void Configure(EntityTypeBuilder<AlertSubscriber> e)
    {
        e.HasKey(s => new { s.WorkspaceId, s.UserId });
        e.Property(s => s.UserId).HasMaxLength(450);
        e.HasOne<Workspace>().WithMany().HasForeignKey(s => s.WorkspaceId).OnDelete(DeleteBehavior.Cascade);
        e.HasOne<EkkoUser>().WithMany().HasForeignKey(s => s.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class AlertMailConfiguration : IEntityTypeConfiguration<AlertMail>
{
    public void Configure(EntityTypeBuilder<AlertMail> e)
    {
        e.Property(m => m.ToAddress).HasMaxLength(320);
        e.Property(m => m.LastError).HasMaxLength(1000);
        e.HasIndex(m => new { m.Status, m.NextAttemptAt });
        e.HasOne<Workspace>().WithMany().HasForeignKey(m => m.WorkspaceId).OnDelete(DeleteBehavior.Cascade);
        e.HasOne<Alert>().WithMany().HasForeignKey(m => m.AlertId).OnDelete(DeleteBehavior.Cascade);
    }
}
