using Ekko.Core.Formats;

namespace Ekko.Server.Api;

/// <summary>What an ingestion call answers: how many records arrived, were stored now, or were stored before.</summary>
internal sealed record IngestAnswer(int Received, int Created, int Duplicates, IReadOnlyList<string> DuplicateIds)
{
    public static IngestAnswer From(BatchResult result) => new(result.Received, result.Created, result.DuplicateIds.Count, result.DuplicateIds);

    /// <summary>201 when the single record is new, 200 when it was already stored (an idempotent replay).</summary>
    public static IResult Single(BatchResult result) =>
        Results.Json(From(result), statusCode: result.Created > 0 ? StatusCodes.Status201Created : StatusCodes.Status200OK);

    public static IResult Batch(BatchResult result) => Results.Ok(From(result));
}
