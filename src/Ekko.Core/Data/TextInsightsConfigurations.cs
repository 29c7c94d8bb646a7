using Ekko.Core.Features.Mentions;
using Ekko.Core.Features.Responses;
using Ekko.Core.Features.TextInsights;
using Ekko.Core.Features.Workspaces;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Ekko.Core.Data;

internal sealed class CommentAnalysisConfiguration : IEntityTypeConfiguration<CommentAnalysis>
{
    public void Configure(EntityTypeBuilder<CommentAnalysis> e)
    {
        e.HasKey(a => a.ResponseId);
        e.Property(a => a.Language).HasMaxLength(8);
        e.Property(a => a.Phrases).HasAnnotation(JsonColumn.Annotation, true);
        e.Property(a => a.Keyphrases).HasAnnotation(JsonColumn.Annotation, true);
        e.HasIndex(a => new { a.WorkspaceId, a.SubmittedAt });
        // Erasing a response erases what was read in it.
        e.HasOne<Response>().WithOne().HasForeignKey<CommentAnalysis>(a => a.ResponseId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class CommentThemeConfiguration : IEntityTypeConfiguration<CommentTheme>
{
    public void Configure(EntityTypeBuilder<CommentTheme> e)
    {
        e.HasKey(t => new { t.ResponseId, t.ThemeId });
        e.Property(t => t.ThemeId).HasMaxLength(64);
        e.HasIndex(t => new { t.WorkspaceId, t.ThemeId, t.SubmittedAt });
        e.HasOne<CommentAnalysis>().WithMany().HasForeignKey(t => t.ResponseId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class TextPipelineConfiguration : IEntityTypeConfiguration<TextPipeline>
{
    public void Configure(EntityTypeBuilder<TextPipeline> e)
    {
        e.HasKey(p => p.WorkspaceId);
        e.Property(p => p.LeaseOwner).HasMaxLength(200);
        e.HasOne<Workspace>().WithOne().HasForeignKey<TextPipeline>(p => p.WorkspaceId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class MentionAnalysisConfiguration : IEntityTypeConfiguration<MentionAnalysis>
{
    public void Configure(EntityTypeBuilder<MentionAnalysis> e)
    {
        e.HasKey(a => a.MentionId);
        e.Property(a => a.Language).HasMaxLength(8);
        e.Property(a => a.Phrases).HasAnnotation(JsonColumn.Annotation, true);
        e.Property(a => a.Keyphrases).HasAnnotation(JsonColumn.Annotation, true);
        e.HasIndex(a => new { a.WorkspaceId, a.PublishedAt });
        e.HasOne<Mention>().WithOne().HasForeignKey<MentionAnalysis>(a => a.MentionId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class MentionThemeConfiguration : IEntityTypeConfiguration<MentionTheme>
{
    public void Configure(EntityTypeBuilder<MentionTheme> e)
    {
        e.HasKey(t => new { t.MentionId, t.ThemeId });
        e.Property(t => t.ThemeId).HasMaxLength(64);
        e.HasIndex(t => new { t.WorkspaceId, t.ThemeId, t.PublishedAt });
        e.HasOne<MentionAnalysis>().WithMany().HasForeignKey(t => t.MentionId).OnDelete(DeleteBehavior.Cascade);
    }
}
