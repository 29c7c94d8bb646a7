using Ekko.Core.Features.Distribution;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Primitives;
using static Ekko.Server.Features.Workspaces.HtmlPage;

namespace Ekko.Server.Features.Distribution;

/// <summary>
/// The respondent's pages: the open link <c>/s/{slug}</c>, the personal invitation <c>/i/{token}</c> (with
/// one-click scores from e-mail, <c>?score=9</c>) and the unsubscribe link <c>/u/{token}</c>. Public,
/// rate-limited per client, and without script. Forms post back to the same address.
/// </summary>
internal static class SurveyPages
{
    public const string RateLimitPolicy = "respondents";

    /// <summary>Generous for a person, tight for a script: the longest answer is 5,000 characters.</summary>
    private const long MaxFormBytes = 64 * 1024;

    public static void MapSurveyPages(this IEndpointRouteBuilder routes)
    {
        var pages = routes.MapGroup("").ExcludeFromDescription().RequireRateLimiting(RateLimitPolicy).DisableAntiforgery()
            .AddEndpointFilter(async (context, next) =>
            {
                var headers = context.HttpContext.Response.Headers;
                headers.ContentSecurityPolicy = SurveyPage.ContentSecurityPolicy;
                headers.XContentTypeOptions = "nosniff";
                headers["Referrer-Policy"] = "no-referrer";
                headers.CacheControl = "no-store";
                return await next(context);
            });

        pages.MapGet("/s/{slug}", async (string slug, HttpContext http, OpenSurveyLink open, CancellationToken ct) =>
        {
            var screen = await open.HandleAsync(new OpenSurveyLinkQuery(
                slug, http.Request.Cookies[CookieName(slug)], Query(http, "lang"), BrowserLanguages(http), Query(http, "q")), ct);
            return SurveyPage.Render(screen, $"/s/{slug}");
        });

        pages.MapPost("/s/{slug}", async (string slug, HttpContext http, AnswerSurvey answer, CancellationToken ct) =>
        {
            if (await ReadFormAsync(http, ct) is not { } form)
            {
                return BadForm(http);
            }

            var token = form["session"].FirstOrDefault() ?? http.Request.Cookies[CookieName(slug)];
            var screen = await answer.HandleAsync(new AnswerSurveyCommand(token, slug, form["question"].ToString(), Values(form["answer"]), BrowserLanguages(http)), ct);
            if (screen.SessionToken is { } session)
            {
                // Lets a respondent who closes the tab resume from the same browser.
                http.Response.Cookies.Append(CookieName(slug), session, new CookieOptions
                {
                    Path = $"/s/{slug}", HttpOnly = true, SameSite = SameSiteMode.Lax, Secure = http.Request.IsHttps, MaxAge = TimeSpan.FromDays(30), IsEssential = true,
                });
            }

            return SurveyPage.Render(screen, $"/s/{slug}");
        });

        pages.MapGet("/i/{token}", async (string token, HttpContext http, OpenInvitation open, CancellationToken ct) =>
        {
            var score = int.TryParse(Query(http, "score"), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var s) ? s : (int?)null;
            var screen = await open.HandleAsync(new OpenInvitationQuery(token, score, Query(http, "lang"), BrowserLanguages(http), Query(http, "q")), ct);
            return SurveyPage.Render(screen, $"/i/{token}");
        });

        pages.MapPost("/i/{token}", async (string token, HttpContext http, AnswerSurvey answer, CancellationToken ct) =>
        {
            if (await ReadFormAsync(http, ct) is not { } form)
            {
                return BadForm(http);
            }

            var session = form["session"].FirstOrDefault();
            var screen = await answer.HandleAsync(new AnswerSurveyCommand(session ?? "", null, form["question"].ToString(), Values(form["answer"]), BrowserLanguages(http)), ct);
            return SurveyPage.Render(screen, $"/i/{token}");
        });

        // A GET only asks: mail scanners follow links, and must not unsubscribe anyone.
        pages.MapGet("/u/{token}", (string token, HttpContext http) =>
        {
            var texts = UnsubscribeTexts.For(RespondentLanguage.ForPage(BrowserLanguages(http)));
            return Render(texts.Title, $"<h1>{E(texts.Title)}</h1><p>{E(texts.Question)}</p><form method=\"post\" action=\"/u/{E(token)}\"><button type=\"submit\">{E(texts.Confirm)}</button></form>");
        });

        pages.MapPost("/u/{token}", async (string token, HttpContext http, Unsubscribe unsubscribe, CancellationToken ct) =>
        {
            var result = await unsubscribe.HandleAsync(new UnsubscribeCommand(token), ct);
            var texts = UnsubscribeTexts.For(result.Language ?? RespondentLanguage.ForPage(BrowserLanguages(http)));
            return result.Done
                ? Render(texts.Title, $"<h1>{E(texts.Done)}</h1><p>{E(string.Format(System.Globalization.CultureInfo.InvariantCulture, texts.DoneBody, result.CompanyName))}</p>")
                : Render(texts.Title, $"<h1>{E(texts.Invalid)}</h1>", StatusCodes.Status404NotFound);
        });
    }

    /// <summary>The cookie that remembers an open-link session; one per survey so two surveys do not mix.</summary>
    private static string CookieName(string slug) => $"ekko.s.{slug}";

    private static string? Query(HttpContext http, string name) =>
        http.Request.Query[name].FirstOrDefault() is { Length: > 0 and <= 100 } value ? value : null;

    private static IReadOnlyList<string> BrowserLanguages(HttpContext http) =>
        RespondentLanguage.FromAcceptLanguage(http.Request.Headers.AcceptLanguage.ToString());

    private static IReadOnlyList<string> Values(StringValues values) => [.. values.OfType<string>()];

    /// <summary>The form, or null when the request is not a form post of a reasonable size.</summary>
    private static async Task<IFormCollection?> ReadFormAsync(HttpContext http, CancellationToken cancellationToken)
    {
        if (!http.Request.HasFormContentType || http.Request.ContentLength > MaxFormBytes)
        {
            return null;
        }

        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
        {
            limit.MaxRequestBodySize = MaxFormBytes;
        }

        try
        {
            return await http.Request.ReadFormAsync(new FormOptions { ValueLengthLimit = (int)MaxFormBytes, ValueCountLimit = 64 }, cancellationToken);
        }
        catch (Exception e) when (e is InvalidDataException or BadHttpRequestException)
        {
            return null;
        }
    }

    private static IResult BadForm(HttpContext http)
    {
        var texts = RespondentTexts.For(RespondentLanguage.ForPage(BrowserLanguages(http)));
        return Results.Content($"<!doctype html><html lang=\"en\"><title>400</title><p>{E(texts.UnknownQuestion)}</p></html>", "text/html; charset=utf-8", statusCode: StatusCodes.Status400BadRequest);
    }
}
