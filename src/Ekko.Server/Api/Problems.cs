using Ekko.Core.Formats;

namespace Ekko.Server.Api;

/// <summary>RFC 9457 problem details naming the offending fields: <c>errors: {"items[3].score": ["must be 0-10 ..."]}</c>.</summary>
internal static class Problems
{
    public static IResult Field(string field, string message) => Validation([new FieldError(field, message)]);

    public static IResult Validation(IEnumerable<FieldError> errors) =>
        Results.ValidationProblem(
            errors.GroupBy(e => e.Field.Length == 0 ? "body" : e.Field).ToDictionary(g => g.Key, g => g.Select(e => e.Message).ToArray()),
            title: "The request has invalid fields",
            detail: "Nothing was stored. Fix the fields listed in 'errors' and send the request again.");

    public static IResult Conflict(IReadOnlyList<FieldError> errors) =>
        Results.Problem(
            title: "Conflict",
            detail: string.Join("; ", errors.Select(e => $"{e.Field}: {e.Message}")),
            statusCode: StatusCodes.Status409Conflict,
            extensions: new Dictionary<string, object?> { ["errors"] = errors.ToDictionary(e => e.Field, e => new[] { e.Message }) });

    public static IResult NotFound(string what) =>
        Results.Problem(title: "Not found", detail: $"This workspace has no {what}.", statusCode: StatusCodes.Status404NotFound);

    public static IResult From<T>(CommandResult<T> result, Func<T, IResult> ok, string what) => result.Status switch
    {
        CommandStatus.Ok => ok(result.Value!),
        CommandStatus.NotFound => NotFound(what),
        CommandStatus.Conflict => Conflict(result.Errors),
        _ => Validation(result.Errors),
    };

    public static IResult From(BatchResult result, Func<BatchResult, IResult> ok) => result.Accepted ? ok(result) : Validation(result.Errors);
}
