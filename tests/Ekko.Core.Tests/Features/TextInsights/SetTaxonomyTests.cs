using System.Text.Json.Nodes;
using Ekko.Core.Features.TextInsights;
using Ekko.Core.Formats;

namespace Ekko.Core.Tests.Features.TextInsights;

public sealed class SetTaxonomyTests : TextPipelineFixture
{
    private Task<CommandResult<TaxonomyView>> SetAsync(string json) =>
        new SetTaxonomy(Db, Analyzers, Db.WriteGate).HandleAsync(new SetTaxonomyCommand(Workspace, JsonNode.Parse(json)), CancellationToken.None);

    [Fact]
    public async Task The_default_taxonomy_is_there_until_edited_and_an_edit_is_kept_with_its_version()
    {
        var initial = await new GetTaxonomy(Db, Analyzers, Db.WriteGate).HandleAsync(new GetTaxonomyQuery(Workspace), CancellationToken.None);
        var set = await SetAsync("""{"themes": [{"id": "delivery", "name": "Leverans", "rules": {"sv": ["leverans*", "\"kom aldrig\""], "en": ["deliver*"]}}]}""");
        var now = await new GetTaxonomy(Db, Analyzers, Db.WriteGate).HandleAsync(new GetTaxonomyQuery(Workspace), CancellationToken.None);

        Assert.Equal(1, initial!.Version);
        Assert.Equal(
            ["delivery", "price", "product_quality", "customer_service", "waiting_time", "website_app", "checkout_payment", "returns_refunds", "store_experience", "marketing_communication", "loyalty_program"],
            initial.Taxonomy.Themes.Select(t => t.Id));
        Assert.Equal(CommandStatus.Ok, set.Status);
        Assert.Equal(2, now!.Version);
        var theme = Assert.Single(now.Taxonomy.Themes);
        Assert.Equal(("delivery", "Leverans"), (theme.Id, theme.Name));
        Assert.Equal(["leverans*", "\"kom aldrig\""], theme.Rules["sv"]);
        Assert.Null(await new GetTaxonomy(Db, Analyzers, Db.WriteGate).HandleAsync(new GetTaxonomyQuery(Guid.NewGuid()), CancellationToken.None));
    }

    [Fact]
    public async Task Every_bad_field_is_named_by_its_path()
    {
        var result = await SetAsync("""
            {"themes": [
              {"id": "delivery", "name": "Delivery", "rules": {"sv": ["leverans*", "(kö", 7], "fi": ["toimitus"]}},
              {"id": "delivery", "name": "Again", "rules": {"en": ["deliver*"]}},
              {"id": "Bad Id", "rules": {"en": "price"}},
              {"id": "empty", "name": "Empty", "rules": {"sv": []}, "colour": "red"},
              3
            ], "extra": 1}
            """);

        Assert.Equal(CommandStatus.Invalid, result.Status);
        var errors = result.Errors.ToDictionary(e => e.Field, e => e.Message);
        Assert.Equal(
            ["extra", "themes[0].rules.fi", "themes[0].rules.sv[1]", "themes[0].rules.sv[2]", "themes[1].id", "themes[2].id", "themes[2].name", "themes[2].rules.en", "themes[3].colour", "themes[3].rules", "themes[4]"],
            errors.Keys.Order(StringComparer.Ordinal));
        Assert.StartsWith("is not a valid rule", errors["themes[0].rules.sv[1]"], StringComparison.Ordinal);
        Assert.Contains("themes[0]", errors["themes[1].id"], StringComparison.Ordinal);
        Assert.Equal(1, (await new GetTaxonomy(Db, Analyzers, Db.WriteGate).HandleAsync(new GetTaxonomyQuery(Workspace), CancellationToken.None))!.Version);
    }

    [Theory]
    [InlineData("[]")]
    [InlineData("{}")]
    [InlineData("""{"themes": {}}""")]
    [InlineData("""{"themes": [], "version": "one"}""")]
    public async Task A_body_that_is_not_a_taxonomy_is_refused(string json) =>
        Assert.Equal(CommandStatus.Invalid, (await SetAsync(json)).Status);

    [Fact]
    public async Task A_topic_is_promoted_into_a_theme_of_its_language_once()
    {
        var promote = new PromoteTopic(Db, Analyzers, Db.WriteGate);
        var body = """{"id": "parcel_lockers", "name": "Paketskåp", "language": "sv", "keyphrases": ["paketskåp", "koden funkade"]}""";

        var first = await promote.HandleAsync(new PromoteTopicCommand(Workspace, JsonNode.Parse(body)), CancellationToken.None);
        var again = await promote.HandleAsync(new PromoteTopicCommand(Workspace, JsonNode.Parse(body)), CancellationToken.None);
        var bad = await promote.HandleAsync(new PromoteTopicCommand(Workspace, JsonNode.Parse("""{"id": "x", "name": "X", "language": "fi", "keyphrases": []}""")), CancellationToken.None);

        Assert.Equal(CommandStatus.Ok, first.Status);
        var theme = first.Value!.Taxonomy.Find("parcel_lockers")!;
        Assert.Equal(["paketskåp", "\"koden funkade\""], theme.Rules["sv"]);
        Assert.Equal(12, first.Value.Taxonomy.Themes.Count);
        Assert.Equal((CommandStatus.Conflict, "id"), (again.Status, again.Errors.Single().Field));
        Assert.Equal(["keyphrases", "language"], bad.Errors.Select(e => e.Field).Order(StringComparer.Ordinal));
    }
}
