using Microsoft.Extensions.Configuration.Json;

namespace Ekko.Server.Hosting;

/// <summary>
/// The appsettings.json shipped next to the executable holds Ekko's defaults (log levels, database). ASP.NET
/// Core looks for it in the working directory only, so `ekko` started from anywhere else would run with
/// framework defaults (every SQL statement logged). Added first, so the working directory's file,
/// environment variables and arguments still override it.
/// </summary>
internal static class DefaultSettings
{
    public static void AddShippedDefaults(this IConfigurationBuilder configuration, string contentRoot)
    {
        var shipped = Path.Combine(AppContext.BaseDirectory, "appsettings.json");
        if (File.Exists(shipped) && !File.Exists(Path.Combine(contentRoot, "appsettings.json")))
        {
            var source = new JsonConfigurationSource { Path = shipped, Optional = true, ReloadOnChange = false };
            source.ResolveFileProvider();
            configuration.Sources.Insert(0, source);
        }
    }
}
