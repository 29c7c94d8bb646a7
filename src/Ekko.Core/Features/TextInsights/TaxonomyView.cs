using System.Text.Json.Nodes;
using Ekko.Text.Themes;

namespace Ekko.Core.Features.TextInsights;

/// <summary>A workspace's taxonomy and its version (the version goes up by one with every change).</summary>
public sealed record TaxonomyView(int Version, ThemeTaxonomy Taxonomy)
{
    /// <summary><c>{"version": 2, "themes": [{"id", "name", "description", "rules": {"sv": [...]}}]}</c>.</summary>
    public JsonObject ToJson()
    {
        var json = JsonNode.Parse(Taxonomy.ToJson())!.AsObject();
        var themes = json["themes"]!;
        json.Remove("themes");
        json["version"] = Version;
        json["themes"] = themes;
        return json;
    }
}
