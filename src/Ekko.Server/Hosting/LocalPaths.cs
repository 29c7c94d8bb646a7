namespace Ekko.Server.Hosting;

/// <summary>Where a redirect taken from a link may go: a path on this site only, so a crafted link cannot send a user elsewhere.</summary>
internal static class LocalPaths
{
    public static string OrHome(string? url) =>
        url is { Length: > 0 } && url[0] == '/' && !url.StartsWith("//", StringComparison.Ordinal) && !url.StartsWith("/\\", StringComparison.Ordinal) ? url : "/";
}
