using System.Text.Encodings.Web;

namespace Ekko.Server.Features.Workspaces;

/// <summary>
/// The plain server-rendered pages of sign-in (they work without script; the web app itself is Blazor, in Components/). Every value put into a page goes
/// through <see cref="E"/> (HTML encoding): names and e-mails are user input.
/// </summary>
internal static class HtmlPage
{
    /// <summary>Encodes markup characters only; å, ä, ö, æ, ø stay readable (the default encoder would escape every non-ASCII letter).</summary>
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(System.Text.Unicode.UnicodeRanges.All);

    public static string E(string? text) => Encoder.Encode(text ?? "");

    public static IResult Render(string title, string body, int statusCode = StatusCodes.Status200OK) => Results.Content($$"""
        <!doctype html>
        <html lang="en">
        <head>
          <meta charset="utf-8">
          <meta name="viewport" content="width=device-width, initial-scale=1">
          <title>{{E(title)}} · Ekko</title>
          <style>
            body { font-family: system-ui, sans-serif; margin: 0; color: #1b1b1f; background: #f6f6f8; }
            header { background: #1f3a5f; color: #fff; padding: .75rem 1.5rem; font-weight: 600; }
            main { max-width: 34rem; margin: 2rem auto; background: #fff; padding: 1.5rem 2rem; border-radius: .5rem; box-shadow: 0 1px 3px #0002; }
            label { display: block; margin-top: 1rem; font-weight: 600; }
            input { width: 100%; box-sizing: border-box; padding: .6rem; margin-top: .25rem; font-size: 1rem; border: 1px solid #767676; border-radius: .25rem; }
            button { margin-top: 1.25rem; padding: .6rem 1.2rem; font-size: 1rem; background: #1f3a5f; color: #fff; border: 0; border-radius: .25rem; cursor: pointer; }
            button:focus-visible, input:focus-visible, a:focus-visible { outline: 3px solid #f2a900; outline-offset: 2px; }
            .error { color: #a4001d; font-weight: 600; }
            a { color: #1f3a5f; }
          </style>
        </head>
        <body>
          <header>Ekko</header>
          <main>
          {{body}}
          </main>
        </body>
        </html>
        """, "text/html; charset=utf-8", statusCode: statusCode);
}
