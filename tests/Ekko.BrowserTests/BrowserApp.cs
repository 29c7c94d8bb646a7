using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Ekko.TestSupport;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Playwright;
using Ekko.Core.Features.Workspaces;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Ekko.BrowserTests;

/// <summary>
/// The real server on a real port, and headless Debian Chromium driving it. Screenshots go to
/// TestResults/screenshots so a person can look at what the tests saw.
/// </summary>
public class BrowserApp : IAsyncLifetime
{
    public const string AdminEmail = "admin@browser.example";
    public const string AdminPassword = "correct horse battery";

    private TestDatabase database = null!;
    private IPlaywright playwright = null!;
    private WebApplicationFactory<Program> factory = null!;

    public IBrowser Browser { get; private set; } = null!;

    /// <summary>The server's services, for arranging data the way the API would.</summary>
    public IServiceProvider Services => factory.Services;
    public string BaseUrl { get; private set; } = "";

    public async Task InitializeAsync()
    {
        database = await TestDatabase.CreateAsync();
        var port = FreePort();
        factory = new WebApplicationFactory<Program>().WithWebHostBuilder(builder =>
        {
            builder.UseSetting("Database:Provider", database.Provider);
            builder.UseSetting("ConnectionStrings:Ekko", database.ConnectionString);
            builder.UseSetting("Ekko:Admin:Email", AdminEmail);
            builder.UseSetting("Ekko:Admin:Password", AdminPassword);
            // Each app gets its own free port: the test classes run in parallel, and Kestrel's default is 5000 for all.
            builder.UseSetting(WebHostDefaults.ServerUrlsKey, $"http://127.0.0.1:{port}");
            Configure(builder);
        });
        factory.UseKestrel(port);
        factory.StartServer();
        BaseUrl = factory.ClientOptions.BaseAddress.ToString().TrimEnd('/');

        playwright = await Playwright.CreateAsync();
        Browser = await playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = Environment.GetEnvironmentVariable("CHROMIUM_PATH") is { Length: > 0 } path ? path : "/usr/bin/chromium",
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic", "--no-first-run",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    // The widget test serves a "public" shop page that calls Ekko on 127.0.0.1; in production both are public
                    // hosts, so Chromium's private-network checks would not apply there.
                    "--disable-features=LocalNetworkAccessChecks,PrivateNetworkAccessRespectPreflightResults,BlockInsecurePrivateNetworkRequests"],
        });
    }

    public virtual async Task DisposeAsync()
    {
        await Browser.DisposeAsync();
        playwright.Dispose();
        await factory.DisposeAsync();
        await database.DisposeAsync();
    }

    /// <summary>Settings a kind of app adds (the demo data, say).</summary>
    protected virtual void Configure(IWebHostBuilder builder)
    {
    }

    /// <summary>Signs the admin in through the real form and waits for the page sign-in lands on.</summary>
    public async Task<IPage> SignedInPageAsync(string email = AdminEmail, string password = AdminPassword, BrowserNewPageOptions? options = null)
    {
        var page = await Browser.NewPageAsync(options ?? new() { ViewportSize = new() { Width = 1440, Height = 1000 } });
        await page.GotoAsync($"{BaseUrl}/login");
        await page.GetByLabel("E-mail").FillAsync(email);
        await page.GetByLabel("Password").FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await page.WaitForURLAsync(url => !url.Contains("/login", StringComparison.Ordinal));
        return page;
    }

    /// <summary>Waits until Blazor's interactive circuit is up, so clicks reach the server.</summary>
    public static async Task WaitForInteractiveAsync(IPage page)
    {
        await page.WaitForFunctionAsync("() => window.Blazor !== undefined && document.querySelector('.mud-layout') !== null");
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
    }

    /// <summary>A user who must choose a password at first sign-in, like the first-run admin of a fresh install.</summary>
    public async Task CreateUserWithOneTimePasswordAsync(string email, string password)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<EkkoUser>>();
        var result = await users.CreateAsync(new EkkoUser { UserName = email, Email = email, MustChangePassword = true }, password);
        Assert.True(result.Succeeded, string.Join("; ", result.Errors.Select(e => e.Description)));
    }

    public static async Task ScreenshotAsync(IPage page, string name)
    {
        var directory = Path.Combine(FindRepositoryRoot(), "TestResults", "screenshots");
        Directory.CreateDirectory(directory);
        await page.ScreenshotAsync(new() { Path = Path.Combine(directory, $"{name}.png"), FullPage = true });
    }

    /// <summary>Fails on serious or critical accessibility violations, naming each rule and element.</summary>
    public static async Task AssertAccessibleAsync(IPage page)
    {
        var result = await page.RunAxe();
        var serious = result.Violations.Where(v => v.Impact is "serious" or "critical").ToList();
        Assert.True(serious.Count == 0, string.Join("\n", serious.Select(Describe)));
    }

    private static int FreePort()
    {
        using var probe = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        probe.Start();
        return ((System.Net.IPEndPoint)probe.LocalEndpoint).Port;
    }

    private static string Describe(AxeResultItem v) => $"{v.Id} ({v.Impact}): {v.Help} at {string.Join(", ", v.Nodes.Select(n => n.Target?.ToString()))}";

    private static string FindRepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Ekko.slnx")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? AppContext.BaseDirectory;
    }
}
