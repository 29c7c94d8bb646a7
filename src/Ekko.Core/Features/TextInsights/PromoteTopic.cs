using System.Text.Json.Nodes;
using Ekko.Core.Data;
using Ekko.Core.Formats;
using Ekko.Text.Themes;

namespace Ekko.Core.Features.TextInsights;

/// <param name="Body">
/// <c>{"id": "parcel_lockers", "name": "Parcel lockers", "description"?: "...", "language": "sv", "keyphrases": ["paketskåp", "koden"], "version"?: 3}</c>:
/// the language and keyphrases of a topic from <see cref="FindEmergingTopics"/>.
/// </param>
public sealed record PromoteTopicCommand(Guid WorkspaceId, JsonNode? Body);

/// <summary>
/// Turns a discovered topic into a theme: each keyphrase becomes a rule of the topic's language (a word matches its
/// other forms through the stem; a phrase of several words matches as a phrase). The new theme is added to the
/// workspace's taxonomy like any other change, so history is re-analysed with it; its rules can be refined with
/// PUT /api/v1/text/taxonomy afterwards.
/// </summary>
public sealed class PromoteTopic(IDbContextFactory<EkkoDbContext> dbFactory, TextAnalyzers analyzers, WriteGate writeGate)
{
    public const int MaxKeyphrases = 20;

    public async Task<CommandResult<TaxonomyView>> HandleAsync(PromoteTopicCommand command, CancellationToken cancellationToken)
    {
        var reader = RecordReader.For(command.Body, out var notAnObject);
        if (reader is null)
        {
            return CommandResult<TaxonomyView>.Invalid([notAnObject!]);
        }

        var id = reader.RequiredKey("id");
        var name = reader.RequiredString("name", 200);
        var description = reader.OptionalString("description", 2000) ?? "";
        var language = reader.RequiredString("language", 8);
        var version = reader.OptionalInteger("version");
        var rules = new List<string>();
        if (language.Length > 0 && !Text.Languages.LanguageCodes.Supported.Contains(language))
        {
            reader.AddError("language", $"expected one of {string.Join(", ", Text.Languages.LanguageCodes.Supported)}, got '{language}'");
        }

        if (!reader.Has("keyphrases") || command.Body!["keyphrases"] is not JsonArray { Count: > 0 and <= MaxKeyphrases } keyphrases)
        {
            reader.AddError("keyphrases", $"is required: the topic's keyphrases, 1 to {MaxKeyphrases}");
        }
        else if (reader.Errors.All(e => e.Field != "language"))
        {
            for (var i = 0; i < keyphrases.Count; i++)
            {
                var phrase = RecordReader.TryGetString(keyphrases[i], out var text) ? text.Trim() : null;
                // A keyphrase is matched literally: quoted, so that its words are a phrase and not operators.
                var rule = phrase is null ? null : TaxonomyInput.Rule(phrase.Contains(' ', StringComparison.Ordinal) ? $"\"{phrase.Replace("\"", "", StringComparison.Ordinal)}\"" : phrase, language, out _);
                if (rule is null)
                {
                    reader.AddError($"keyphrases[{i}]", "expected a word or phrase of letters (one of the topic's keyphrases)");
                }
                else
                {
                    rules.Add(rule);
                }
            }
        }

        reader.RejectUnknownFields();
        if (reader.Errors.Count > 0)
        {
            return CommandResult<TaxonomyView>.Invalid(reader.Errors);
        }

        var theme = new ThemeDefinition(id, name, description, new Dictionary<string, IReadOnlyList<string>> { [language] = [.. rules.Distinct(StringComparer.Ordinal)] });
        return await SetTaxonomy.SaveAsync(dbFactory, analyzers, writeGate, command.WorkspaceId, version,
            taxonomy => taxonomy.Find(id) is null ? taxonomy.WithTheme(theme) : null, cancellationToken,
            new FieldError("id", $"the taxonomy has a theme '{id}' already; choose another id, or add rules to it with PUT /api/v1/text/taxonomy"));
    }
}
