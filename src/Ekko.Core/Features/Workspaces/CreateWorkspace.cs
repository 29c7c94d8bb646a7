using Ekko.Core.Data;
using Ekko.Core.Formats;

namespace Ekko.Core.Features.Workspaces;

public sealed record CreateWorkspaceCommand(string OrganizationName, string Name, string Slug, string DefaultLanguage = "en");

/// <summary>Creates a workspace, and its organization when no organization of that name exists yet.</summary>
public sealed class CreateWorkspace(IDbContextFactory<EkkoDbContext> dbFactory, TimeProvider clock)
{
    public async Task<CommandResult<Workspace>> HandleAsync(CreateWorkspaceCommand command, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        if (await db.Workspaces.AnyAsync(w => w.Slug == command.Slug, cancellationToken))
        {
            return CommandResult<Workspace>.Conflict("slug", $"a workspace with slug '{command.Slug}' already exists");
        }

        var now = clock.GetUtcNow();
        var organization = await db.Organizations.FirstOrDefaultAsync(o => o.Name == command.OrganizationName, cancellationToken);
        if (organization is null)
        {
            organization = new Organization { Name = command.OrganizationName, CreatedAt = now };
            db.Organizations.Add(organization);
        }

        var workspace = new Workspace
        {
            OrganizationId = organization.Id,
            Name = command.Name,
            Slug = command.Slug,
            DefaultLanguage = command.DefaultLanguage,
            CreatedAt = now,
        };
        db.Workspaces.Add(workspace);
        await db.SaveChangesAsync(cancellationToken);
        return CommandResult<Workspace>.Ok(workspace);
    }
}
