using System.Runtime.CompilerServices;
using Ekko.Analytics;
using Ekko.Analytics.Columnar;
using Ekko.Core.Features.Responses;
using Ekko.Core.Formats;

namespace Ekko.Core.Features.Metrics;

/// <summary>
/// A responses file (JSONL or CSV, docs/formats.md) read into a <see cref="ResponseIndex"/>, for the analysis
/// verbs that work without a database. Lines that are not valid responses are kept aside with their reasons.
/// </summary>
public sealed class ResponseFile : IDisposable
{
    private ResponseFile(ResponseIndex index, IReadOnlyList<RejectedLine> rejected, DateOnly? firstDay, DateOnly? lastDay)
    {
        Index = index;
        Rejected = rejected;
        FirstDay = firstDay;
        LastDay = lastDay;
    }

    public ResponseIndex Index { get; }

    public IReadOnlyList<RejectedLine> Rejected { get; }

    /// <summary>The first and last day with a scored answer (of <c>only</c>'s metric when given).</summary>
    public DateOnly? FirstDay { get; }

    public DateOnly? LastDay { get; }

    /// <param name="only">Index only this metric's answers (the others are still validated).</param>
    public static async Task<ResponseFile> ReadAsync(string path, Metric? only, CancellationToken cancellationToken)
    {
        var index = new ResponseIndex();
        var rejected = new List<RejectedLine>();
        DateOnly? first = null, last = null;
        var batch = new List<IndexedResponse>();
        await foreach (var record in ReadRecordsAsync(path, rejected, cancellationToken))
        {
            if (ResponseDimensions.ToIndexed(record) is { } answer && (only is null || answer.Metric == only))
            {
                first = first is { } f && f < answer.Day ? f : answer.Day;
                last = last is { } l && l > answer.Day ? l : answer.Day;
                batch.Add(answer);
            }
        }

        index.AddRange(batch);
        return new ResponseFile(index, rejected, first, last);
    }

    /// <summary>The file's valid responses in file order; each invalid line goes to <paramref name="rejected"/> with its reasons.</summary>
    public static async IAsyncEnumerable<ResponseRecord> ReadRecordsAsync(
        string path, List<RejectedLine> rejected, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(rejected);
        await foreach (var line in RecordFileReader.ReadAsync(path, ResponseFormat.Kind.TypedCsvColumns, cancellationToken))
        {
            if (line.Error is not null)
            {
                rejected.Add(new RejectedLine(line.LineNumber, null, [new FieldError("", line.Error)]));
                continue;
            }

            var parsed = ResponseRecord.Parse(line.Record);
            if (parsed.Errors.Count > 0)
            {
                rejected.Add(new RejectedLine(line.LineNumber, line.Record?["id"]?.ToString(), parsed.Errors));
                continue;
            }

            yield return parsed.Value!;
        }
    }

    public void Dispose() => Index.Dispose();
}
