using System.Text.Json.Nodes;
using Ekko.Core.Data;
using Ekko.Core.Features.Journeys;

namespace Ekko.Core.Formats;

/// <summary>
/// Imports a JSONL or CSV file: every line is validated on its own (bad lines are rejected with their line
/// number and reasons, good lines go through), then the good lines are stored in transactions of
/// <see cref="BatchLimits.MaxItems"/>. Ids are idempotency keys, so re-running an interrupted import
/// finishes it without duplicates.
/// </summary>
public sealed class RecordImport(IDbContextFactory<EkkoDbContext> dbFactory)
{
    public async Task<ImportSummary> RunAsync<T>(
        string path,
        Guid workspaceId,
        RecordKind<T> kind,
        Func<IReadOnlyList<T>, CancellationToken, Task<BatchResult>> store,
        IProgress<int>? linesRead,
        CancellationToken cancellationToken)
        where T : class
    {
        Dictionary<string, Guid> touchpoints;
        await using (var db = await dbFactory.CreateDbContextAsync(cancellationToken))
        {
            touchpoints = await TouchpointKeys.LoadAsync(db, workspaceId, cancellationToken);
        }

        var firstLineOf = new Dictionary<string, int>(StringComparer.Ordinal);
        var rejected = new List<RejectedLine>();
        var chunk = new List<T>(BatchLimits.MaxItems);
        int lines = 0, accepted = 0, created = 0, duplicates = 0;

        async Task FlushAsync()
        {
            var result = await store(chunk, cancellationToken);
            created += result.Created;
            duplicates += result.DuplicateIds.Count;
            chunk.Clear();
        }

        await foreach (var line in RecordFileReader.ReadAsync(path, kind.TypedCsvColumns, cancellationToken))
        {
            lines++;
            linesRead?.Report(line.LineNumber);
            if (line.Error is not null)
            {
                rejected.Add(new RejectedLine(line.LineNumber, null, [new FieldError("", line.Error)]));
                continue;
            }

            var parsed = kind.Parse(line.Record);
            var errors = parsed.Errors.ToList();
            if (parsed.Value is { } record)
            {
                if (kind.TouchpointOf(record) is { } key && !touchpoints.ContainsKey(key))
                {
                    errors.Add(TouchpointKeys.Unknown(key));
                }

                if (errors.Count == 0 && !firstLineOf.TryAdd(kind.IdOf(record), line.LineNumber))
                {
                    errors.Add(new FieldError("id", $"'{kind.IdOf(record)}' already appears at line {firstLineOf[kind.IdOf(record)]}"));
                }
            }

            if (errors.Count > 0)
            {
                rejected.Add(new RejectedLine(line.LineNumber, IdOf(line.Record), errors));
                continue;
            }

            accepted++;
            chunk.Add(parsed.Value!);
            if (chunk.Count == BatchLimits.MaxItems)
            {
                await FlushAsync();
            }
        }

        if (chunk.Count > 0)
        {
            await FlushAsync();
        }

        return new ImportSummary(lines, accepted, created, duplicates, rejected);
    }

    private static string? IdOf(JsonNode? record) =>
        record is JsonObject obj && RecordReader.TryGetString(obj["id"], out var id) ? id : null;
}
