using Microsoft.AspNetCore.Hosting;

namespace Ekko.BrowserTests;

/// <summary>
/// The app with the Nordvik demo data, the admin its owner: what a new user sees after the quick start. Shared
/// by the web app's test classes (one collection), since seeding a year of data takes a while.
/// </summary>
public sealed class DemoBrowserApp : BrowserApp
{
    public const string Workspace = "nordvik";

    protected override void Configure(IWebHostBuilder builder) => builder.UseSetting("Ekko:Demo", "true");
}

[CollectionDefinition(Name)]
public sealed class DemoAppTests : ICollectionFixture<DemoBrowserApp>
{
    public const string Name = "demo app";
}
