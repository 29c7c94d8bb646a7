using Ekko.TestSupport;
using Microsoft.AspNetCore.Hosting;

namespace Ekko.BrowserTests;

/// <summary>
/// The app with the Nordvik demo data, the admin its owner: what a new user sees after the quick start. Shared
/// by the web app's test classes (one collection), since seeding a year of data takes a while. Its e-mail goes
/// to a real SMTP server on 127.0.0.1 (<see cref="Mail"/>), so replies sent from the pages can be read.
/// </summary>
public sealed class DemoBrowserApp : BrowserApp
{
    public const string Workspace = "nordvik";

    /// <summary>The installation's SMTP server: a real one on 127.0.0.1 that keeps what it receives.</summary>
    public SmtpSink Mail { get; } = new();

    protected override void Configure(IWebHostBuilder builder)
    {
        builder.UseSetting("Ekko:Demo", "true");
        builder.UseSetting("Email:Host", "127.0.0.1");
        builder.UseSetting("Email:Port", Mail.Port.ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.UseSetting("Email:Security", "none");
        builder.UseSetting("Email:FromAddress", "kundservice@nordvik.example");
    }

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        await Mail.DisposeAsync();
    }
}

[CollectionDefinition(Name)]
public sealed class DemoAppTests : ICollectionFixture<DemoBrowserApp>
{
    public const string Name = "demo app";
}
