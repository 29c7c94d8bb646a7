using System.Text.Json.Nodes;
using Ekko.Core.Data;
using Ekko.Core.Formats;
using Ekko.Text.Languages;

namespace Ekko.Core.Features.TextInsights;

public sealed record SetTextSettingsCommand(Guid WorkspaceId, JsonNode? Body);

/// <summary>
/// Sets the workspace's text settings: <c>{"redact_pii": true, "languages": ["sv", "en"]}</c>; a field left out keeps its
/// value. A language change applies to what the pipeline analyses from then on; what is analysed already keeps its language.
/// </summary>
public sealed class SetTextSettings(IDbContextFactory<EkkoDbContext> dbFactory)
{
    public async Task<CommandResult<TextSettings>> HandleAsync(SetTextSettingsCommand command, CancellationToken cancellationToken)
    {
        var reader = RecordReader.For(command.Body, out var notAnObject);
        if (reader is null)
        {
            return CommandResult<TextSettings>.Invalid([notAnObject!]);
        }

        var redact = reader.OptionalBoolean("redact_pii");
        var languages = reader.Has("languages") ? ReadLanguages(reader, command.Body!["languages"]) : null;
        reader.RejectUnknownFields();
        var errors = reader.Errors.ToList();
        if (redact is null && languages is null && errors.Count == 0)
        {
            errors.Add(new FieldError("redact_pii", "is required unless languages is given: true or false"));
        }

        if (errors.Count > 0)
        {
            return CommandResult<TextSettings>.Invalid(errors);
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var workspace = db.Workspaces.Where(w => w.Id == command.WorkspaceId);
        var updated = (redact, languages) switch
        {
            ({ } r, { } l) => await workspace.ExecuteUpdateAsync(s => s.SetProperty(w => w.RedactPii, r).SetProperty(w => w.Languages, string.Join(',', l)), cancellationToken),
            ({ } r, null) => await workspace.ExecuteUpdateAsync(s => s.SetProperty(w => w.RedactPii, r), cancellationToken),
            (null, { } l) => await workspace.ExecuteUpdateAsync(s => s.SetProperty(w => w.Languages, string.Join(',', l)), cancellationToken),
            _ => 0,
        };
        if (updated == 0)
        {
            return CommandResult<TextSettings>.NotFound();
        }

        var row = await workspace.Select(w => new { w.RedactPii, w.Languages }).SingleAsync(cancellationToken);
        return CommandResult<TextSettings>.Ok(new TextSettings(row.RedactPii, TextSettings.Split(row.Languages)));
    }

    /// <summary>A non-empty array of the supported codes, kept in the order given, each once.</summary>
    private static List<string>? ReadLanguages(RecordReader reader, JsonNode? node)
    {
        var supported = string.Join(", ", LanguageCodes.Supported);
        if (node is not JsonArray array || array.Count == 0)
        {
            reader.AddError("languages", $"expected a non-empty array of language codes among {supported}");
            return null;
        }

        var languages = new List<string>();
        for (var i = 0; i < array.Count; i++)
        {
            // Exact codes only: "no" or "sv-SE" would be read as nb or sv, but a setting should say what it means.
            if (!RecordReader.TryGetString(array[i], out var code) || !LanguageCodes.Supported.Contains(code))
            {
                reader.AddError($"languages[{i}]", $"expected one of {supported}, got {RecordReader.Describe(array[i])}");
                continue;
            }

            if (!languages.Contains(code))
            {
                languages.Add(code);
            }
        }

        return reader.Errors.Any(e => e.Field.StartsWith("languages", StringComparison.Ordinal)) ? null : languages;
    }
}
