using System.IO.Compression;
using Ekko.Core.Features.Distribution;
using Ekko.Server.Api;

namespace Ekko.Server.Features.Distribution;

/// <summary>
/// The website widget: the script (<c>/widget.js</c>, vanilla JavaScript, about 3.5 KB gzipped) and the two
/// public calls it makes, open to any origin (CORS) because they serve the customer's own web pages. They carry
/// no cookies or credentials; an identified visitor is proven by the site's HMAC signature instead. The admin
/// call <c>/api/v1/widget</c> hands out the signing secret and the embed snippet.
/// </summary>
internal static class WidgetEndpoints
{
    public const string CorsPolicy = "widget";

    private static readonly byte[] Script = ReadScript();
    private static readonly byte[] ScriptGzip = Gzip(Script);
    private static readonly string ScriptTag = $"\"{Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(Script))[..16]}\"";

    public static void MapWidget(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/widget.js", (HttpContext http) =>
        {
            var headers = http.Response.Headers;
            headers.ETag = ScriptTag;
            headers.CacheControl = "public, max-age=300";
            headers.Vary = "Accept-Encoding";
            headers["Cross-Origin-Resource-Policy"] = "cross-origin";
            if (http.Request.Headers.IfNoneMatch.ToString() == ScriptTag)
            {
                return Results.StatusCode(StatusCodes.Status304NotModified);
            }

            if (http.Request.Headers.AcceptEncoding.ToString().Contains("gzip", StringComparison.OrdinalIgnoreCase))
            {
                headers.ContentEncoding = "gzip";
                return Results.Bytes(ScriptGzip, "text/javascript; charset=utf-8");
            }

            return Results.Bytes(Script, "text/javascript; charset=utf-8");
        }).ExcludeFromDescription();

        var widget = routes.MapGroup("/api/public/widget/{workspace}").WithTags("Widget")
            .RequireCors(CorsPolicy).RequireRateLimiting(SurveyPages.RateLimitPolicy).DisableAntiforgery();

        widget.MapGet("/surveys", async (string workspace, HttpRequest request, GetWidgetSurveys get, CancellationToken ct) =>
        {
            var id = request.Query["visitor"].FirstOrDefault();
            var signature = request.Query["signature"].FirstOrDefault();
            if (id is { Length: > 200 } || (id is not null && signature is not { Length: 64 }))
            {
                return Problems.Field(id is { Length: > 200 } ? "visitor" : "signature",
                    "expected a customer id of at most 200 characters and its signature, 64 hex digits of HMAC-SHA256(widget secret, id)");
            }

            var visitor = id is { Length: > 0 } && signature is not null ? new WidgetVisitor(id, signature) : null;
            return await get.HandleAsync(new GetWidgetSurveysQuery(workspace, visitor), ct) is { } configuration
                ? Results.Ok(configuration)
                : Problems.NotFound("widget here: check data-workspace");
        })
        .Produces<WidgetConfiguration>()
        .WithSummary("The surveys the widget may show on this site, and whether this visitor may be asked now (public)");

        widget.MapPost("/answers", async (string workspace, HttpRequest request, AnswerFromWidget answer, CancellationToken ct) =>
        {
            var (body, problem) = await JsonBody.ReadAsync(request, ct);
            var languages = RespondentLanguage.FromAcceptLanguage(request.Headers.AcceptLanguage.ToString());
            return problem ?? Problems.From(await answer.HandleAsync(new AnswerFromWidgetCommand(workspace, body, languages), ct), Results.Ok, "such survey");
        })
        .Produces<WidgetAnswerResult>()
        .ProducesValidationProblem()
        .WithSummary("One answer from the widget (public): {survey, question, answer, session?, language?, page?, visitor?: {id, signature}}");

        routes.MapGet("/api/v1/widget", async (HttpRequest request, GetWidgetSettings get, CancellationToken ct) =>
        {
            var settings = await get.HandleAsync(new GetWidgetSettingsQuery(request.HttpContext.User.WorkspaceId()), ct);
            var origin = $"{request.Scheme}://{request.Host}";
            return Results.Ok(new
            {
                settings.Workspace,
                settings.Secret,
                settings.Surveys,
                Snippet = $"<script async src=\"{origin}/widget.js\" data-workspace=\"{settings.Workspace}\"></script>",
                Identify = "ekko('identify', {id: CUSTOMER_ID, signature: hex(HMAC-SHA256(secret, CUSTOMER_ID))}) // compute the signature on your server",
            });
        })
        .WithTags("Widget")
        .RequireAuthorization(ApiScope.Admin)
        .WithSummary("The embed snippet and the secret your backend signs visitor ids with (admin)");

        routes.MapPost("/api/v1/widget/secret", async (HttpRequest request, GetWidgetSettings get, CancellationToken ct) =>
            Results.Ok(await get.HandleAsync(new GetWidgetSettingsQuery(request.HttpContext.User.WorkspaceId(), Rotate: true), ct)))
            .WithTags("Widget")
            .RequireAuthorization(ApiScope.Admin)
            .WithSummary("Replace the widget signing secret; signatures made with the old one stop working");
    }

    private static byte[] ReadScript()
    {
        using var stream = typeof(WidgetEndpoints).Assembly.GetManifestResourceStream("widget.js")!;
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }

    private static byte[] Gzip(byte[] bytes)
    {
        using var output = new MemoryStream();
        using (var gzip = new GZipStream(output, CompressionLevel.SmallestSize))
        {
            gzip.Write(bytes);
        }

        return output.ToArray();
    }
}
