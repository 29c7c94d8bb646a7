using Ekko.Core.Features.Customers;
using Ekko.Core.Features.Insights.Churn;
using Ekko.Core.Features.Workspaces;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Ekko.Core.Data;

internal sealed class ChurnModelStateConfiguration : IEntityTypeConfiguration<ChurnModelState>
{
    public void Configure(EntityTypeBuilder<ChurnModelState> e)
    {
        e.HasKey(m => m.WorkspaceId);
        e.Property(m => m.LeaseOwner).HasMaxLength(200);
        e.Property(m => m.Problem).HasMaxLength(1000);
        e.Property(m => m.Scaling).HasMaxLength(10_000);
        e.HasOne<Workspace>().WithOne().HasForeignKey<ChurnModelState>(m => m.WorkspaceId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ChurnScoreConfiguration : IEntityTypeConfiguration<ChurnScore>
{
    public void Configure(EntityTypeBuilder<ChurnScore> e)
    {
        e.HasKey(s => new { s.WorkspaceId, s.CustomerId });
        e.HasIndex(s => new { s.WorkspaceId, s.Rank });
        e.Property(s => s.Signals).HasAnnotation(JsonColumn.Annotation, true);
        // Erasing a customer erases their score.
        e.HasOne<Customer>().WithMany().HasForeignKey(s => s.CustomerId).OnDelete(DeleteBehavior.Cascade);
    }
}
