using System.Text.Json.Nodes;
using Ekko.Core.Data;
using Ekko.Core.Formats;
using Ekko.Text.Themes;

namespace Ekko.Core.Features.TextInsights;

/// <param name="Body"><c>{"version"?: 3, "themes": [...]}</c>; with a version, the change is refused (conflict) when someone else changed the taxonomy since.</param>
public sealed record SetTaxonomyCommand(Guid WorkspaceId, JsonNode? Body);

/// <summary>
/// Replaces the workspace's taxonomy (themes, names and rules per language), after checking every rule, and starts
/// the re-analysis of all comments analysed so far in the background (<see cref="GetReanalysisProgress"/>).
/// </summary>
public sealed class SetTaxonomy(IDbContextFactory<EkkoDbContext> dbFactory, TextAnalyzers analyzers, WriteGate writeGate)
{
    public async Task<CommandResult<TaxonomyView>> HandleAsync(SetTaxonomyCommand command, CancellationToken cancellationToken)
    {
        var reader = RecordReader.For(command.Body, out var notAnObject);
        if (reader is null)
        {
            return CommandResult<TaxonomyView>.Invalid([notAnObject!]);
        }

        var version = reader.OptionalInteger("version");
        var errors = new List<FieldError>();
        var themes = new List<ThemeDefinition>();
        if (!reader.Has("themes") || command.Body!["themes"] is not JsonArray list)
        {
            reader.AddError("themes", "is required: a list of themes such as [{\"id\": \"delivery\", \"name\": \"Delivery\", \"rules\": {\"sv\": [\"leverans*\"]}}]");
        }
        else if (list.Count > TaxonomyInput.MaxThemes)
        {
            reader.AddError("themes", $"at most {TaxonomyInput.MaxThemes} themes, got {list.Count}");
        }
        else
        {
            var seen = new Dictionary<string, int>(StringComparer.Ordinal);
            for (var i = 0; i < list.Count; i++)
            {
                // Checked on the raw id, so a duplicate is reported even when either theme has other errors.
                if (list[i] is JsonObject { } raw && RecordReader.TryGetString(raw["id"], out var id))
                {
                    if (seen.TryGetValue(id.Trim(), out var first))
                    {
                        errors.Add(new FieldError($"themes[{i}].id", $"'{id}' is the id of themes[{first}] too; ids are unique"));
                    }
                    else
                    {
                        seen[id.Trim()] = i;
                    }
                }

                if (TaxonomyInput.ReadTheme(list[i], $"themes[{i}]", errors) is { } theme)
                {
                    themes.Add(theme);
                }
            }
        }

        reader.RejectUnknownFields();
        errors.InsertRange(0, reader.Errors);
        if (errors.Count > 0)
        {
            return CommandResult<TaxonomyView>.Invalid(errors);
        }

        return await SaveAsync(dbFactory, analyzers, writeGate, command.WorkspaceId, version, _ => new ThemeTaxonomy(themes), cancellationToken);
    }

    /// <summary>Loads the current taxonomy, applies <paramref name="change"/> and stores the result as the next version.</summary>
    internal static async Task<CommandResult<TaxonomyView>> SaveAsync(
        IDbContextFactory<EkkoDbContext> dbFactory, TextAnalyzers analyzers, WriteGate writeGate, Guid workspaceId, int? expectedVersion,
        Func<ThemeTaxonomy, ThemeTaxonomy?> change, CancellationToken cancellationToken, FieldError? whenChangeDoesNotFit = null)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var pipeline = await TaxonomyStore.LoadAsync(db, writeGate, workspaceId, cancellationToken);
        if (pipeline is null)
        {
            return CommandResult<TaxonomyView>.NotFound();
        }

        if (expectedVersion is { } expected && expected != pipeline.TaxonomyVersion)
        {
            return CommandResult<TaxonomyView>.Conflict("version", $"the taxonomy is at version {pipeline.TaxonomyVersion}, not {expected}: load it again and repeat the change");
        }

        var taxonomy = change(analyzers.Taxonomy(pipeline));
        if (taxonomy is null)
        {
            var conflict = whenChangeDoesNotFit ?? new FieldError("body", "the change does not fit the current taxonomy");
            return CommandResult<TaxonomyView>.Conflict(conflict.Field, conflict.Message);
        }

        var saved = await TaxonomyStore.SaveAsync(db, writeGate, workspaceId, taxonomy, pipeline.TaxonomyVersion, cancellationToken);
        return saved is { } version
            ? CommandResult<TaxonomyView>.Ok(new TaxonomyView(version, taxonomy))
            : CommandResult<TaxonomyView>.Conflict("version", "the taxonomy was changed at the same time by someone else: load it again and repeat the change");
    }
}
