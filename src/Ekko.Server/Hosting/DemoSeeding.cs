namespace Ekko.Server.Hosting;

/// <summary>Seeds the demo workspace through the same use cases real data takes.</summary>
internal static class DemoSeeding
{
    public const string WorkspaceSlug = "nordvik";

    public static Task SeedAsync(IServiceProvider services, TextWriter output, CancellationToken cancellationToken)
    {
        _ = services;
        _ = cancellationToken;
        // Wired to SeedDemoData when the demo generator lands (see docs/demo-data.md).
        return output.WriteLineAsync("ekko: demo data is not available in this build");
    }
}
