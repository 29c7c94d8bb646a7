using System.Net;
using System.Text.RegularExpressions;
using Ekko.Core.Data;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Ekko.Server.Tests.Features.Workspaces;

/// <summary>Two instances on one database accept each other's sign-in cookies: the key ring is in the database.</summary>
public sealed partial class SignInAcrossInstancesTests : IAsyncLifetime
{
    private readonly EkkoApp app = new();

    public Task InitializeAsync() => app.InitializeAsync();

    public Task DisposeAsync() => app.DisposeAsync();

    [Fact]
    public async Task A_cookie_from_one_instance_signs_in_on_the_other()
    {
        var first = app.Factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var form = await (await first.GetAsync("/login")).Content.ReadAsStringAsync();
        var token = AntiforgeryField().Match(form);
        var signIn = await first.PostAsync("/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            [token.Groups["name"].Value] = WebUtility.HtmlDecode(token.Groups["value"].Value),
            ["email"] = EkkoApp.AdminEmail,
            ["password"] = EkkoApp.AdminPassword,
        }));
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        var authCookie = signIn.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("ekko.auth=", StringComparison.Ordinal)).Split(';')[0];

        await using var second = app.CreateInstance();
        var other = second.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        using var request = new HttpRequestMessage(HttpMethod.Get, "/");
        request.Headers.Add("Cookie", authCookie);
        var start = await other.SendAsync(request);

        // The admin's only workspace opens at once: the second instance knew who signed in on the first.
        Assert.Equal(HttpStatusCode.Redirect, start.StatusCode);
        Assert.Equal("/w/default/dashboard", start.Headers.Location?.AbsolutePath);
        using var dashboard = new HttpRequestMessage(HttpMethod.Get, "/w/default/dashboard");
        dashboard.Headers.Add("Cookie", authCookie);
        var page = await other.SendAsync(dashboard);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("<h1 class=\"ekko-h1\">Overview</h1>", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        // In one test process both instances would also find the same key files in the user profile; the key
        // ring being in the database is what makes this hold across machines.
        var factory = app.Factory.Services.GetRequiredService<IDbContextFactory<EkkoDbContext>>();
        await using var db = await factory.CreateDbContextAsync();
        Assert.NotEmpty(await db.DataProtectionKeys.ToListAsync());
    }

    [Fact]
    public async Task Without_a_cookie_the_start_page_sends_people_to_sign_in()
    {
        var response = await app.Client().GetAsync("/");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/login", response.Headers.Location?.PathAndQuery, StringComparison.Ordinal);
    }

    [GeneratedRegex("""<input type="hidden" name="(?<name>[^"]+)" value="(?<value>[^"]+)">""")]
    private static partial Regex AntiforgeryField();
}
