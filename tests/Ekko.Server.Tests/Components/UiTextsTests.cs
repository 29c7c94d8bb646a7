using System.Globalization;
using System.Resources;
using System.Text.RegularExpressions;
using Ekko.Core.Features.Workspaces;
using Ekko.Server.Components;
using Ekko.Server.Components.Common;

namespace Ekko.Server.Tests.Components;

/// <summary>
/// Swedish is a full second language of the web app: every English text a page asks for (T["..."]) has a
/// translation in Ui.sv.resx, including the ones named at run time (sections, roles, filter names).
/// <c>python3 tools/ui-texts.py</c> lists what is missing.
/// </summary>
public sealed partial class UiTextsTests
{
    private static readonly ResourceManager Texts = new("Ekko.Server.Components.Ui", typeof(Ui).Assembly);
    private static readonly CultureInfo Swedish = new("sv");

    [Fact]
    public void Every_text_of_the_web_app_has_a_Swedish_translation()
    {
        var components = Path.Combine(RepositoryRoot(), "src", "Ekko.Server", "Components");
        var literal = Directory.EnumerateFiles(components, "*.*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".razor", StringComparison.Ordinal) || f.EndsWith(".cs", StringComparison.Ordinal))
            .SelectMany(f => TextKey().Matches(File.ReadAllText(f)).Select(m => m.Groups["key"].Value.Replace("\\\"", "\"", StringComparison.Ordinal)));
        var named = WorkspaceRoutes.Sections.Select(s => s.Title)
            .Concat(Enum.GetNames<WorkspaceRole>())
            .Concat(ViewFilter.Dimensions.Select(FilterBar.DimensionLabel))
            .Concat(ResponseView.Bands.Values.SelectMany(b => b).Select(b => b.Band))
            .Concat(["positive", "negative", "neutral", "mixed", "Low", "Medium", "High"])
            .Concat(new[] { "response", "case", "invitation", "interaction" }.Select(TimelineList.KindLabel));

        var missing = literal.Concat(named).Distinct().Where(key => Texts.GetString(key, Swedish) is null).Order().ToList();

        Assert.True(missing.Count == 0, "Add these to Components/Ui.sv.resx:\n" + string.Join("\n", missing));
    }

    [Fact]
    public void Translations_keep_the_placeholders_of_the_English_text()
    {
        var set = Texts.GetResourceSet(Swedish, createIfNotExists: true, tryParents: false)!;
        var broken = set.Cast<System.Collections.DictionaryEntry>()
            .Where(e => Placeholders((string)e.Key) != Placeholders((string)e.Value!))
            .Select(e => $"{e.Key} -> {e.Value}")
            .ToList();

        Assert.True(broken.Count == 0, string.Join("\n", broken));
    }

    private static string Placeholders(string text) => string.Join(",", Placeholder().Matches(text).Select(m => m.Value).Order());

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Ekko.slnx")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("run the tests inside the repository");
    }

    [GeneratedRegex("""\b[Tt]\["(?<key>(?:[^"\\]|\\.)*)"\]""")]
    private static partial Regex TextKey();

    [GeneratedRegex(@"\{\d+\}")]
    private static partial Regex Placeholder();
}
