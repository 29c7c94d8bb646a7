using Ekko.Core.Features.Workspaces;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Ekko.BrowserTests.Features;

/// <summary>Users of the demo app with a role in the Nordvik workspace, made the way an administrator would.</summary>
internal static class DemoMembers
{
    public static string PasswordOf(string email) => email.Split('@')[0] + " long password";

    public static async Task AddAsync(DemoBrowserApp app, string email, WorkspaceRole? role)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<EkkoUser>>();
        if (await users.FindByEmailAsync(email) is null)
        {
            var created = await users.CreateAsync(new EkkoUser { UserName = email, Email = email }, PasswordOf(email));
            Assert.True(created.Succeeded, string.Join("; ", created.Errors.Select(e => e.Description)));
        }

        if (role is { } r)
        {
            var workspace = (await scope.ServiceProvider.GetRequiredService<FindWorkspace>().HandleAsync(new FindWorkspaceQuery(DemoBrowserApp.Workspace), default)).Workspace!;
            await scope.ServiceProvider.GetRequiredService<AddMember>().HandleAsync(new AddMemberCommand(workspace.Id, email, r), default);
        }
    }
}
