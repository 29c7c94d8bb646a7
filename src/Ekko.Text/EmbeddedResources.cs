namespace Ekko.Text;

/// <summary>Reads the lexicons and the default taxonomy that ship inside this assembly.</summary>
internal static class EmbeddedResources
{
    public static IEnumerable<string> ReadLines(string name)
    {
        using var reader = new StreamReader(Open(name));
        while (reader.ReadLine() is { } line)
        {
            yield return line;
        }
    }

    public static Stream Open(string name) =>
        typeof(EmbeddedResources).Assembly.GetManifestResourceStream("Ekko.Text." + name.Replace('\\', '/'))
        ?? throw new InvalidOperationException($"embedded resource '{name}' is missing from Ekko.Text");
}
