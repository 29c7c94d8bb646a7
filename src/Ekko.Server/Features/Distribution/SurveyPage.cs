using System.Globalization;
using System.Text;
using Ekko.Core.Features.Distribution;
using Ekko.Core.Features.Surveys;
using static Ekko.Server.Features.Workspaces.HtmlPage;

namespace Ekko.Server.Features.Distribution;

/// <summary>
/// Renders what a respondent sees, server-side and without JavaScript: one question per screen (answers are
/// saved as they go), large touch targets, native radio buttons and checkboxes in a fieldset with a legend so
/// screen readers announce the question with each option, errors tied to the field and announced. Every piece
/// of survey or respondent text goes through <see cref="E"/>.
/// </summary>
internal static class SurveyPage
{
    /// <summary>No script may run on these pages at all; styles are inline in the page.</summary>
    public const string ContentSecurityPolicy =
        "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

    public static IResult Render(SurveyScreen screen, string address)
    {
        var texts = RespondentTexts.For(screen.Language);
        return screen.Kind switch
        {
            SurveyScreenKind.Question => Page(screen, Question(screen, texts, address), StatusCodes.Status200OK, address, texts, screen.Problem is null ? null : texts.Problem(screen.Problem.Value)),
            SurveyScreenKind.ThankYou => Page(screen, Message(texts.ThankYouTitle, texts.ThankYouBody), StatusCodes.Status200OK, address, texts),
            SurveyScreenKind.AlreadyAnswered => Page(screen, Message(texts.AnsweredTitle, texts.AnsweredBody), StatusCodes.Status200OK, address, texts),
            SurveyScreenKind.Closed => Page(screen, Message(texts.ClosedTitle, texts.ClosedBody), StatusCodes.Status410Gone, address, texts),
            SurveyScreenKind.Expired => Page(screen, Message(texts.ExpiredTitle, texts.ExpiredBody), StatusCodes.Status410Gone, address, texts),
            _ => Page(screen, Message(texts.NotFoundTitle, texts.NotFoundBody), StatusCodes.Status404NotFound, address, texts),
        };
    }

    /// <summary>
    /// The page of a question screen as a string: the survey builder shows it in a sandboxed frame as its preview, so
    /// authors see the very markup respondents get.
    /// </summary>
    public static string QuestionDocument(SurveyScreen screen, string address)
    {
        var texts = RespondentTexts.For(screen.Language);
        return Document(screen, Question(screen, texts, address), address, texts);
    }

    public static IResult TooManyRequests(string language)
    {
        var texts = RespondentTexts.For(language);
        return Page(new SurveyScreen(SurveyScreenKind.NotFound, language), Message(texts.TooManyTitle, texts.TooManyBody), StatusCodes.Status429TooManyRequests, "", texts);
    }

    private static string Message(string title, string body) => $"<h1>{E(title)}</h1><p>{E(body)}</p>";

    private static string Question(SurveyScreen screen, RespondentTexts texts, string address)
    {
        var question = screen.Question!;
        var language = screen.Language;
        var wording = question.Text.GetValueOrDefault(language) ?? question.Text.Values.First();
        var errorId = "answer-error";
        var hasError = screen.Problem is not null;
        var html = new StringBuilder();
        html.Append(CultureInfo.InvariantCulture, $"<p class=\"progress\">{E(string.Format(CultureInfo.InvariantCulture, texts.QuestionOf, screen.Position, screen.Total))}</p>");
        html.Append(CultureInfo.InvariantCulture, $"<form method=\"post\" action=\"{E(address)}\" novalidate>");
        html.Append(CultureInfo.InvariantCulture, $"<input type=\"hidden\" name=\"question\" value=\"{E(question.Id)}\">");
        if (screen.SessionToken is not null)
        {
            html.Append(CultureInfo.InvariantCulture, $"<input type=\"hidden\" name=\"session\" value=\"{E(screen.SessionToken)}\">");
        }

        var optional = question.Required ? "" : $" <span class=\"optional\">({E(texts.Optional)})</span>";
        var error = hasError ? $"<p id=\"{errorId}\" class=\"error\" role=\"alert\">{E(texts.Problem(screen.Problem!.Value))}</p>" : "";
        var describedBy = hasError ? $" aria-describedby=\"{errorId}\"" : "";
        var invalid = hasError ? " aria-invalid=\"true\"" : "";
        switch (question.Type)
        {
            case QuestionType.OpenText:
                html.Append(CultureInfo.InvariantCulture, $"<h1><label for=\"answer\">{E(wording)}{optional}</label></h1>{error}");
                html.Append(CultureInfo.InvariantCulture, $"<textarea id=\"answer\" name=\"answer\" rows=\"5\" maxlength=\"{AnswerReader.MaxTextLength}\"{describedBy}{invalid}{(question.Required ? " aria-required=\"true\"" : "")}>{E(screen.Answer?.Text)}</textarea>");
                break;
            case QuestionType.SingleChoice or QuestionType.MultipleChoice:
                var kind = question.Type == QuestionType.SingleChoice ? "radio" : "checkbox";
                html.Append(CultureInfo.InvariantCulture, $"<fieldset{describedBy}><legend><h1>{E(wording)}{optional}</h1></legend>{error}<div class=\"options\">");
                foreach (var (option, i) in question.Options.Select((o, i) => (o, i)))
                {
                    var chosen = screen.Answer?.Choices?.Contains(option.Id) == true ? " checked" : "";
                    html.Append(CultureInfo.InvariantCulture, $"<div class=\"option\"><input type=\"{kind}\" id=\"o{i}\" name=\"answer\" value=\"{E(option.Id)}\"{chosen}{invalid}>");
                    html.Append(CultureInfo.InvariantCulture, $"<label for=\"o{i}\">{E(option.Text.GetValueOrDefault(language) ?? option.Text.Values.First())}</label></div>");
                }

                html.Append("</div></fieldset>");
                break;
            default:
                var (min, max) = question.Range!.Value;
                var labels = StandardScaleLabels.For(question, language);
                html.Append(CultureInfo.InvariantCulture, $"<fieldset aria-describedby=\"scale-low scale-high{(hasError ? " " + errorId : "")}\"><legend><h1>{E(wording)}{optional}</h1></legend>{error}");
                html.Append(CultureInfo.InvariantCulture, $"<div class=\"scale\" style=\"--points:{max - min + 1}\">");
                for (var score = min; score <= max; score++)
                {
                    var chosen = screen.Answer?.Score == score ? " checked" : "";
                    html.Append(CultureInfo.InvariantCulture, $"<div class=\"point\"><input type=\"radio\" id=\"s{score}\" name=\"answer\" value=\"{score}\"{chosen}{invalid}><label for=\"s{score}\">{score}</label></div>");
                }

                html.Append(CultureInfo.InvariantCulture, $"</div><div class=\"ends\"><span id=\"scale-low\">{min} = {E(labels.Low)}</span><span id=\"scale-high\">{max} = {E(labels.High)}</span></div></fieldset>");
                break;
        }

        var last = screen.Position == screen.Total;
        html.Append("<div class=\"actions\">");
        if (screen.PreviousQuestionId is { } previous)
        {
            html.Append(CultureInfo.InvariantCulture, $"<a class=\"back\" href=\"{E(Link(address, previous, null))}\">{E(texts.Back)}</a>");
        }

        html.Append(CultureInfo.InvariantCulture, $"<button type=\"submit\">{E(last ? texts.Send : texts.Next)}</button></div></form>");
        return html.ToString();
    }

    private static string Link(string address, string? question, string? language)
    {
        var query = new List<string>();
        if (question is not null)
        {
            query.Add($"q={Uri.EscapeDataString(question)}");
        }

        if (language is not null)
        {
            query.Add($"lang={Uri.EscapeDataString(language)}");
        }

        return query.Count == 0 ? address : $"{address}?{string.Join('&', query)}";
    }

    private static IResult Page(SurveyScreen screen, string body, int status, string address, RespondentTexts texts, string? errorTitle = null) =>
        Results.Content(Document(screen, body, address, texts, errorTitle), "text/html; charset=utf-8", statusCode: status);

    private static string Document(SurveyScreen screen, string body, string address, RespondentTexts texts, string? errorTitle = null)
    {
        var switcher = "";
        if (screen.Languages is { Count: > 1 } languages && address.Length > 0)
        {
            var links = languages.Select(l => l == screen.Language
                ? $"<li><span aria-current=\"true\" lang=\"{E(l)}\">{E(RespondentTexts.Endonym(l))}</span></li>"
                : $"<li><a href=\"{E(Link(address, screen.Kind == SurveyScreenKind.Question ? screen.Question?.Id : null, l))}\" lang=\"{E(l)}\" hreflang=\"{E(l)}\">{E(RespondentTexts.Endonym(l))}</a></li>");
            switcher = $"<nav aria-label=\"{E(texts.Language)}\"><ul class=\"languages\">{string.Concat(links)}</ul></nav>";
        }

        var unsubscribe = screen.UnsubscribeToken is { } token
            ? $"<footer><a href=\"/u/{E(token)}\">{E(texts.Unsubscribe)}</a></footer>"
            : "";
        var title = errorTitle is null ? screen.Brand : $"{errorTitle} – {screen.Brand}";
        return $$"""
            <!doctype html>
            <html lang="{{E(screen.Language)}}">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <meta name="robots" content="noindex">
            <title>{{E(title.Length > 0 ? title : "Ekko")}}</title>
            <style>
            *{box-sizing:border-box}
            body{margin:0;font:1.0625rem/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1b1b1f;background:#f4f5f7}
            header{display:flex;justify-content:space-between;align-items:center;gap:1rem;flex-wrap:wrap;padding:.75rem 1rem;background:#fff;border-bottom:1px solid #d0d3d9}
            header p{margin:0;font-weight:600}
            .languages{display:flex;gap:.75rem;list-style:none;margin:0;padding:0}
            .languages a,.languages span{display:inline-block;padding:.25rem .25rem;min-height:24px}
            main{max-width:40rem;margin:0 auto;padding:1.25rem 1rem 2rem}
            h1{font-size:1.35rem;line-height:1.3;margin:.25rem 0 1rem;font-weight:650}
            fieldset{border:0;margin:0;padding:0;min-width:0}
            legend{padding:0;width:100%}
            .progress{color:#4a4f5a;margin:0 0 .25rem;font-size:.95rem}
            .optional{font-weight:400;color:#4a4f5a;font-size:1rem}
            .scale{display:grid;grid-template-columns:repeat(var(--points),minmax(0,1fr));gap:.3rem}
            .point,.option{position:relative}
            .point input,.option input{position:absolute;opacity:0;width:1px;height:1px}
            .point label{display:flex;align-items:center;justify-content:center;min-height:2.75rem;border:2px solid #5b6170;border-radius:.4rem;background:#fff;font-weight:600;cursor:pointer}
            .option label{display:block;padding:.8rem 1rem .8rem 2.75rem;border:2px solid #5b6170;border-radius:.4rem;background:#fff;cursor:pointer;margin-bottom:.5rem}
            .option label::before{content:"";position:absolute;left:1rem;top:50%;width:1.1rem;height:1.1rem;margin-top:-.55rem;border:2px solid #1b1b1f;border-radius:50%;background:#fff}
            .option input[type=checkbox]+label::before{border-radius:.2rem}
            .option input:checked+label::before{background:#1f3a5f;box-shadow:inset 0 0 0 3px #fff}
            input:checked+label{background:#1f3a5f;color:#fff;border-color:#1f3a5f}
            .option input:checked+label{background:#e8eef6;color:#1b1b1f}
            input:focus-visible+label,textarea:focus-visible,button:focus-visible,a:focus-visible{outline:3px solid #b35c00;outline-offset:2px}
            .ends{display:flex;justify-content:space-between;gap:1rem;margin-top:.4rem;color:#3d424d;font-size:.9rem}
            textarea{width:100%;padding:.75rem;font:inherit;border:2px solid #5b6170;border-radius:.4rem}
            .actions{display:flex;justify-content:space-between;align-items:center;margin-top:1.5rem;gap:1rem}
            button{margin-left:auto;min-height:2.75rem;padding:.6rem 1.6rem;font:inherit;font-weight:600;color:#fff;background:#1f3a5f;border:0;border-radius:.4rem;cursor:pointer}
            a{color:#1f3a5f}
            .back{padding:.6rem 0}
            .error{color:#a4001d;font-weight:600}
            [aria-invalid=true]+label,textarea[aria-invalid=true]{border-color:#a4001d}
            footer{max-width:40rem;margin:0 auto;padding:0 1rem 2rem;font-size:.9rem}
            @media (max-width:26rem){.scale{gap:.15rem}.point label{min-height:2.5rem;font-size:.95rem} }
            </style>
            </head>
            <body>
            <header><p>{{E(screen.Brand)}}</p>{{switcher}}</header>
            <main>
            {{body}}
            </main>
            {{unsubscribe}}
            </body>
            </html>
            """;
    }
}
