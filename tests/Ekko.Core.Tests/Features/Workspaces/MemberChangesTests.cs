using Ekko.Core.Features.Workspaces;
using Ekko.Core.Formats;
using Ekko.TestSupport;
using Microsoft.Extensions.Time.Testing;

namespace Ekko.Core.Tests.Features.Workspaces;

/// <summary>The settings page's member changes: a workspace always keeps an owner, and only owners hand out or take the owner role.</summary>
public sealed class MemberChangesTests : IAsyncLifetime
{
    private readonly FakeTimeProvider clock = new(new DateTimeOffset(2026, 5, 4, 8, 0, 0, TimeSpan.Zero));
    private TestDatabase db = null!;
    private Guid workspace;
    private Guid otherWorkspace;

    public async Task InitializeAsync()
    {
        db = await TestDatabase.CreateAsync();
        workspace = (await new CreateWorkspace(db, clock).HandleAsync(new CreateWorkspaceCommand("Org", "Nordvik", "nordvik"), CancellationToken.None)).Value!.Id;
        otherWorkspace = (await new CreateWorkspace(db, clock).HandleAsync(new CreateWorkspaceCommand("Org", "Other", "other"), CancellationToken.None)).Value!.Id;
        await using var context = db.CreateDbContext();
        foreach (var email in new[] { "owner@example.se", "admin@example.se", "new@example.se" })
        {
            context.Users.Add(new EkkoUser { Id = email, UserName = email, NormalizedUserName = email.ToUpperInvariant(), Email = email, NormalizedEmail = email.ToUpperInvariant() });
        }

        await context.SaveChangesAsync();
        await new AddMember(db).HandleAsync(new AddMemberCommand(workspace, "owner@example.se", WorkspaceRole.Owner), CancellationToken.None);
        await new AddMember(db).HandleAsync(new AddMemberCommand(workspace, "admin@example.se", WorkspaceRole.Admin), CancellationToken.None);
    }

    public Task DisposeAsync() => db.DisposeAsync().AsTask();

    private Task<IReadOnlyList<MemberView>> MembersAsync(Guid id) => new ListMembers(db).HandleAsync(new ListMembersQuery(id), CancellationToken.None);

    [Fact]
    public async Task An_admin_adds_a_user_with_a_role_and_changes_it_and_the_list_shows_each_member_once()
    {
        var added = await new AddWorkspaceMember(db).HandleAsync(new AddWorkspaceMemberCommand(workspace, WorkspaceRole.Admin, " New@Example.se ", WorkspaceRole.Viewer), CancellationToken.None);
        Assert.Equal(CommandStatus.Ok, added.Status);
        Assert.Equal(WorkspaceRole.Viewer, added.Value!.Role);

        var changed = await new ChangeMemberRole(db).HandleAsync(new ChangeMemberRoleCommand(workspace, WorkspaceRole.Admin, "new@example.se", WorkspaceRole.Analyst), CancellationToken.None);
        Assert.Equal(CommandStatus.Ok, changed.Status);

        Assert.Equal(
            [("owner@example.se", WorkspaceRole.Owner), ("admin@example.se", WorkspaceRole.Admin), ("new@example.se", WorkspaceRole.Analyst)],
            (await MembersAsync(workspace)).Select(m => (m.Email, m.Role)));
        Assert.Empty(await MembersAsync(otherWorkspace));
    }

    [Fact]
    public async Task Someone_without_an_account_cannot_be_added()
    {
        var result = await new AddWorkspaceMember(db).HandleAsync(new AddWorkspaceMemberCommand(workspace, WorkspaceRole.Owner, "nobody@example.se", WorkspaceRole.Viewer), CancellationToken.None);

        Assert.Equal(CommandStatus.Invalid, result.Status);
        Assert.Equal("email", Assert.Single(result.Errors).Field);
    }

    [Fact]
    public async Task The_last_owner_can_be_neither_removed_nor_demoted_but_can_once_there_is_a_second_owner()
    {
        var removed = await new RemoveMember(db).HandleAsync(new RemoveMemberCommand(workspace, WorkspaceRole.Owner, "owner@example.se"), CancellationToken.None);
        var demoted = await new ChangeMemberRole(db).HandleAsync(new ChangeMemberRoleCommand(workspace, WorkspaceRole.Owner, "owner@example.se", WorkspaceRole.Admin), CancellationToken.None);
        Assert.Equal(CommandStatus.Conflict, removed.Status);
        Assert.Equal(CommandStatus.Conflict, demoted.Status);
        Assert.Contains("last owner", removed.Message, StringComparison.Ordinal);

        Assert.Equal(CommandStatus.Ok, (await new ChangeMemberRole(db).HandleAsync(new ChangeMemberRoleCommand(workspace, WorkspaceRole.Owner, "admin@example.se", WorkspaceRole.Owner), CancellationToken.None)).Status);
        Assert.Equal(CommandStatus.Ok, (await new RemoveMember(db).HandleAsync(new RemoveMemberCommand(workspace, WorkspaceRole.Owner, "owner@example.se"), CancellationToken.None)).Status);
        Assert.Equal([("admin@example.se", WorkspaceRole.Owner)], (await MembersAsync(workspace)).Select(m => (m.Email, m.Role)));
    }

    [Fact]
    public async Task An_admin_can_neither_make_an_owner_nor_touch_one()
    {
        var promoteSelf = await new ChangeMemberRole(db).HandleAsync(new ChangeMemberRoleCommand(workspace, WorkspaceRole.Admin, "admin@example.se", WorkspaceRole.Owner), CancellationToken.None);
        var addOwner = await new AddWorkspaceMember(db).HandleAsync(new AddWorkspaceMemberCommand(workspace, WorkspaceRole.Admin, "new@example.se", WorkspaceRole.Owner), CancellationToken.None);
        var removeOwner = await new RemoveMember(db).HandleAsync(new RemoveMemberCommand(workspace, WorkspaceRole.Admin, "owner@example.se"), CancellationToken.None);

        Assert.All([promoteSelf.Status, addOwner.Status, removeOwner.Status], s => Assert.Equal(CommandStatus.Conflict, s));
        Assert.Equal(2, (await MembersAsync(workspace)).Count);
    }

    [Fact]
    public async Task A_member_of_another_workspace_is_not_found_here()
    {
        var result = await new RemoveMember(db).HandleAsync(new RemoveMemberCommand(otherWorkspace, WorkspaceRole.Owner, "admin@example.se"), CancellationToken.None);

        Assert.Equal(CommandStatus.NotFound, result.Status);
        Assert.Equal(2, (await MembersAsync(workspace)).Count);
    }
}
