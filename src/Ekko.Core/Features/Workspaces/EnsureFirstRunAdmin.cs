using System.Security.Cryptography;
using Ekko.Core.Data;
using Microsoft.AspNetCore.Identity;

namespace Ekko.Core.Features.Workspaces;

/// <param name="Password">From configuration; when empty a one-time password is generated and must be changed at first login.</param>
public sealed record EnsureFirstRunAdminCommand(string Email, string? Password);

/// <param name="GeneratedPassword">Set only when this call created the admin with a generated password: show it once, never log it.</param>
public sealed record FirstRunAdmin(bool Created, string Email, string? GeneratedPassword);

/// <summary>
/// On an installation without users, creates the first admin and, when there is no workspace yet, a default
/// one, so that a fresh install can be logged into at once. Does nothing once any user exists.
/// </summary>
public sealed class EnsureFirstRunAdmin(IDbContextFactory<EkkoDbContext> dbFactory, UserManager<EkkoUser> users, CreateWorkspace createWorkspace)
{
    public async Task<FirstRunAdmin> HandleAsync(EnsureFirstRunAdminCommand command, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        if (await db.Users.AnyAsync(cancellationToken))
        {
            return new FirstRunAdmin(false, command.Email, null);
        }

        if (!await db.Workspaces.AnyAsync(cancellationToken))
        {
            await createWorkspace.HandleAsync(new CreateWorkspaceCommand("My organization", "Default", "default"), cancellationToken);
        }

        var generated = string.IsNullOrEmpty(command.Password);
        var password = generated ? RandomNumberGenerator.GetString("abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789", 20) : command.Password!;
        var admin = new EkkoUser { UserName = command.Email, Email = command.Email, EmailConfirmed = true, DisplayName = "Administrator", MustChangePassword = generated };
        var result = await users.CreateAsync(admin, password);
        if (!result.Succeeded)
        {
            throw new InvalidOperationException($"Cannot create the first admin: {string.Join("; ", result.Errors.Select(e => e.Description))}");
        }

        foreach (var workspaceId in await db.Workspaces.Select(w => w.Id).ToListAsync(cancellationToken))
        {
            db.Memberships.Add(new Membership { WorkspaceId = workspaceId, UserId = admin.Id, Role = WorkspaceRole.Owner });
        }

        await db.SaveChangesAsync(cancellationToken);
        return new FirstRunAdmin(true, command.Email, generated ? password : null);
    }
}
