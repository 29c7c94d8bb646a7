using Ekko.Core.Features.Mentions;
using Ekko.Core.Features.Workspaces;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Ekko.Core.Data;

internal sealed class MentionConfiguration : IEntityTypeConfiguration<Mention>
{
    public void Configure(EntityTypeBuilder<Mention> e)
    {
        e.Property(m => m.ExternalId).HasMaxLength(MentionRecord.MaxIdLength);
        e.Property(m => m.Source).HasMaxLength(MentionRecord.MaxSourceLength);
        e.Property(m => m.Author).HasMaxLength(200);
        e.Property(m => m.Text).HasMaxLength(MentionRecord.MaxTextLength);
        e.Property(m => m.Url).HasMaxLength(MentionRecord.MaxUrlLength);
        e.Property(m => m.Language).HasMaxLength(8);
        e.Property(m => m.Location).HasMaxLength(200);
        e.Property(m => m.Hashtags).HasAnnotation(JsonColumn.Annotation, true);
        e.Property(m => m.Attributes).HasAnnotation(JsonColumn.Annotation, true);
        e.HasIndex(m => new { m.WorkspaceId, m.ExternalId }).IsUnique();
        e.HasIndex(m => new { m.WorkspaceId, m.PublishedAt });
        e.HasIndex(m => new { m.WorkspaceId, m.Seq });
        e.HasOne<Workspace>().WithMany().HasForeignKey(m => m.WorkspaceId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class MentionSourceConfiguration : IEntityTypeConfiguration<MentionSource>
{
    public void Configure(EntityTypeBuilder<MentionSource> e)
    {
        e.Property(s => s.Url).HasMaxLength(MentionSource.MaxUrlLength);
        e.Property(s => s.Language).HasMaxLength(8);
        e.Property(s => s.LastError).HasMaxLength(1000);
        e.Property(s => s.ETag).HasMaxLength(500);
        e.Property(s => s.LastModified).HasMaxLength(100);
        e.Property(s => s.LeaseOwner).HasMaxLength(200);
        e.Ignore(s => s.SourceName);
        e.HasIndex(s => new { s.WorkspaceId, s.Url }).IsUnique();
        e.HasIndex(s => s.NextPollAt);
        e.HasOne<Workspace>().WithMany().HasForeignKey(s => s.WorkspaceId).OnDelete(DeleteBehavior.Cascade);
    }
}
