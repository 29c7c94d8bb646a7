using Ekko.Core.Data;
using Ekko.Core.Features.Workspaces;
using Ekko.TestSupport;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Ekko.Core.Tests.Features.Workspaces;

public sealed class EnsureFirstRunAdminTests : IAsyncLifetime
{
    private TestDatabase database = null!;
    private ServiceProvider services = null!;

    public async Task InitializeAsync()
    {
        database = await TestDatabase.CreateAsync();
        var collection = new ServiceCollection().AddLogging().AddEkkoCore();
        collection.AddDbContextFactory<EkkoDbContext>(database.Configure);
        collection.AddScoped(sp => sp.GetRequiredService<IDbContextFactory<EkkoDbContext>>().CreateDbContext());
        collection.AddIdentityCore<EkkoUser>(AccountPolicy.Apply).AddEntityFrameworkStores<EkkoDbContext>();
        services = collection.BuildServiceProvider();
    }

    public async Task DisposeAsync()
    {
        await services.DisposeAsync();
        await database.DisposeAsync();
    }

    private async Task<FirstRunAdmin> RunAsync(string? password)
    {
        await using var scope = services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<EnsureFirstRunAdmin>()
            .HandleAsync(new EnsureFirstRunAdminCommand("owner@example.com", password), CancellationToken.None);
    }

    [Fact]
    public async Task A_fresh_installation_gets_an_owner_with_a_one_time_password_and_a_default_workspace()
    {
        var admin = await RunAsync(password: null);

        Assert.True(admin.Created);
        Assert.Equal(20, admin.GeneratedPassword!.Length);
        await using var scope = services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<EkkoUser>>();
        var user = (await users.FindByEmailAsync("owner@example.com"))!;
        Assert.True(user.MustChangePassword);
        Assert.True(await users.CheckPasswordAsync(user, admin.GeneratedPassword));
        Assert.DoesNotContain(admin.GeneratedPassword, user.PasswordHash!, StringComparison.Ordinal);
        await using var db = database.CreateDbContext();
        var membership = await db.Memberships.SingleAsync();
        Assert.Equal((WorkspaceRole.Owner, "default"), (membership.Role, (await db.Workspaces.SingleAsync()).Slug));
    }

    [Fact]
    public async Task A_configured_password_is_used_and_need_not_be_changed()
    {
        var admin = await RunAsync("correct horse battery");

        Assert.Null(admin.GeneratedPassword);
        await using var scope = services.CreateAsyncScope();
        var user = (await scope.ServiceProvider.GetRequiredService<UserManager<EkkoUser>>().FindByEmailAsync("owner@example.com"))!;
        Assert.False(user.MustChangePassword);
    }

    [Fact]
    public async Task Once_any_user_exists_nothing_is_created_or_printed_again()
    {
        await RunAsync(password: null);

        var second = await RunAsync(password: null);

        Assert.False(second.Created);
        Assert.Null(second.GeneratedPassword);
        await using var db = database.CreateDbContext();
        Assert.Equal(1, await db.Users.CountAsync());
    }

    [Fact]
    public async Task A_configured_password_too_short_for_the_policy_is_a_clear_error()
    {
        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => RunAsync("short"));

        Assert.StartsWith("Cannot create the first admin", error.Message, StringComparison.Ordinal);
    }
}
