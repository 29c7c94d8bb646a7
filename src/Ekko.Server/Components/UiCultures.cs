using System.Globalization;
using Microsoft.AspNetCore.Localization;

namespace Ekko.Server.Components;

/// <summary>The languages of the web app: English, and Swedish as the second. A choice is kept in the culture cookie.</summary>
public static class UiCultures
{
    public static readonly IReadOnlyList<(string Code, string Name)> Names = [("en", "English"), ("sv", "Svenska")];

    public static RequestLocalizationOptions Options()
    {
        var cultures = Names.Select(n => new CultureInfo(n.Code)).ToList();
        return new RequestLocalizationOptions
        {
            DefaultRequestCulture = new RequestCulture("en"),
            SupportedCultures = cultures,
            SupportedUICultures = cultures,
            // Cookie first (the user's explicit choice), then the browser's languages; never the query string.
            RequestCultureProviders = [new CookieRequestCultureProvider(), new AcceptLanguageHeaderRequestCultureProvider()],
        };
    }

    /// <summary><c>/culture?culture=sv&amp;redirectUri=/w/x/dashboard</c>: remembers the choice for a year and goes back.</summary>
    public static void MapCultureSwitch(this IEndpointRouteBuilder routes) =>
        routes.MapGet("/culture", (HttpContext context, string? culture, string? redirectUri) =>
        {
            if (culture is not null && Names.Any(n => n.Code == culture))
            {
                context.Response.Cookies.Append(CookieRequestCultureProvider.DefaultCookieName,
                    CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(culture)),
                    new CookieOptions { MaxAge = TimeSpan.FromDays(365), SameSite = SameSiteMode.Lax, HttpOnly = true, IsEssential = true });
            }

            return Results.LocalRedirect(Hosting.LocalPaths.OrHome(redirectUri));
        }).ExcludeFromDescription();
}
