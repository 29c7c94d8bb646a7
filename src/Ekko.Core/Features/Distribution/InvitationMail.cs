using System.Globalization;
using Ekko.Core.Features.Surveys;
using MimeKit;

namespace Ekko.Core.Features.Distribution;

/// <summary>What goes into one invitation e-mail.</summary>
public sealed record InvitationMailContent(
    string Language, string CompanyName, string? CustomerName, string ToAddress, SurveyQuestion? ScoredQuestion, string SurveyLink, string UnsubscribeLink, bool IsReminder);

/// <summary>
/// The invitation e-mail in the respondent's language: a greeting, the survey's first score question with one
/// link per score (one click answers it), a link to the whole survey and an unsubscribe link, also as
/// List-Unsubscribe headers (RFC 8058) so mail programs offer it. HTML and plain text; every value is encoded.
/// The Message-ID comes from the invitation, so a send repeated after a crash is recognised as the same mail.
/// </summary>
public static class InvitationMail
{
    /// <summary>Encodes markup only, so å, ä, ö, æ, ø stay readable in the mail's source.</summary>
    private static readonly System.Text.Encodings.Web.HtmlEncoder Encoder = System.Text.Encodings.Web.HtmlEncoder.Create(System.Text.Unicode.UnicodeRanges.All);

    private sealed record Words(string Subject, string ReminderSubject, string Greeting, string GreetingNamed, string Intro, string ReminderIntro, string Button, string Unsubscribe, string Why);

    private static Words For(string language) => language switch
    {
        "sv" => new("En snabb fråga från {0}", "Påminnelse: en snabb fråga från {0}", "Hej!", "Hej {0}!",
            "Vi vill gärna veta vad du tycker. Det tar en minut.", "Vi har inte hört från dig än. Det tar bara en minut.",
            "Svara på enkäten", "Jag vill inte få fler enkäter", "Du får det här meddelandet som kund hos {0}."),
        "nb" => new("Et raskt spørsmål fra {0}", "Påminnelse: et raskt spørsmål fra {0}", "Hei!", "Hei {0}!",
            "Vi vil gjerne vite hva du synes. Det tar ett minutt.", "Vi har ikke hørt fra deg ennå. Det tar bare ett minutt.",
            "Svar på undersøkelsen", "Jeg vil ikke motta flere undersøkelser", "Du får denne meldingen som kunde hos {0}."),
        "da" => new("Et hurtigt spørgsmål fra {0}", "Påmindelse: et hurtigt spørgsmål fra {0}", "Hej!", "Hej {0}!",
            "Vi vil gerne høre, hvad du synes. Det tager et minut.", "Vi har ikke hørt fra dig endnu. Det tager kun et minut.",
            "Besvar undersøgelsen", "Jeg vil ikke modtage flere undersøgelser", "Du modtager denne besked som kunde hos {0}."),
        _ => new("A quick question from {0}", "Reminder: a quick question from {0}", "Hello,", "Hello {0},",
            "We would like to hear what you think. It takes a minute.", "We have not heard from you yet. It only takes a minute.",
            "Answer the survey", "Do not send me surveys", "You receive this message as a customer of {0}."),
    };

    public static MimeMessage Compose(InvitationMailContent content, EmailSettings settings, Guid invitationId)
    {
        var words = For(content.Language);
        var company = content.CompanyName;
        var message = new MimeMessage();
        message.From.Add(new MailboxAddress(settings.FromName ?? company, settings.FromAddress));
        message.To.Add(new MailboxAddress(content.CustomerName ?? "", content.ToAddress));
        message.Subject = string.Format(CultureInfo.InvariantCulture, content.IsReminder ? words.ReminderSubject : words.Subject, company);
        var domain = settings.FromAddress.Split('@') is [_, var d] ? d : "ekko.local";
        message.MessageId = $"invitation-{invitationId:N}{(content.IsReminder ? "-reminder" : "")}@{domain}";
        message.Headers.Add("List-Unsubscribe", $"<{content.UnsubscribeLink}>");
        message.Headers.Add("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
        message.Headers.Add("Auto-Submitted", "auto-generated");

        var greeting = content.CustomerName is { Length: > 0 } name ? string.Format(CultureInfo.InvariantCulture, words.GreetingNamed, name) : words.Greeting;
        var intro = content.IsReminder ? words.ReminderIntro : words.Intro;
        var question = content.ScoredQuestion;
        var questionText = question?.Text.GetValueOrDefault(content.Language) ?? question?.Text.Values.First();
        var scores = question?.Range is { } range ? Enumerable.Range(range.Min, range.Max - range.Min + 1).ToList() : [];
        var labels = question is null ? null : StandardScaleLabels.For(question, content.Language);
        string H(string? text) => Encoder.Encode(text ?? "");
        string ScoreLink(int score) => $"{content.SurveyLink}?score={score}";

        var html = new System.Text.StringBuilder();
        html.Append(CultureInfo.InvariantCulture, $"<!doctype html><html lang=\"{H(content.Language)}\"><body style=\"font-family:Arial,sans-serif;color:#1b1b1f;max-width:600px\">");
        html.Append(CultureInfo.InvariantCulture, $"<p>{H(greeting)}</p><p>{H(intro)}</p>");
        if (questionText is not null && scores.Count > 0)
        {
            html.Append(CultureInfo.InvariantCulture, $"<p style=\"font-weight:bold;font-size:17px\">{H(questionText)}</p><table role=\"presentation\" cellspacing=\"4\"><tr>");
            foreach (var score in scores)
            {
                html.Append(CultureInfo.InvariantCulture, $"<td><a href=\"{H(ScoreLink(score))}\" style=\"display:inline-block;min-width:28px;padding:10px 6px;text-align:center;border:1px solid #1f3a5f;border-radius:4px;color:#1f3a5f;text-decoration:none;font-weight:bold\">{score}</a></td>");
            }

            html.Append(CultureInfo.InvariantCulture, $"</tr></table><p style=\"font-size:13px;color:#4a4f5a\">{scores[0]} = {H(labels!.Low)}, {scores[^1]} = {H(labels.High)}</p>");
        }

        html.Append(CultureInfo.InvariantCulture, $"<p><a href=\"{H(content.SurveyLink)}\" style=\"display:inline-block;padding:10px 18px;background:#1f3a5f;color:#fff;text-decoration:none;border-radius:4px\">{H(words.Button)}</a></p>");
        html.Append(CultureInfo.InvariantCulture, $"<p style=\"font-size:12px;color:#4a4f5a\">{H(string.Format(CultureInfo.InvariantCulture, words.Why, company))} <a href=\"{H(content.UnsubscribeLink)}\">{H(words.Unsubscribe)}</a></p></body></html>");

        var text = new System.Text.StringBuilder();
        text.AppendLine(greeting).AppendLine().AppendLine(intro).AppendLine();
        if (questionText is not null && scores.Count > 0)
        {
            text.AppendLine(questionText);
            foreach (var score in scores)
            {
                text.AppendLine(CultureInfo.InvariantCulture, $"  {score}: {ScoreLink(score)}");
            }

            text.AppendLine();
        }

        text.AppendLine(CultureInfo.InvariantCulture, $"{words.Button}: {content.SurveyLink}").AppendLine();
        text.AppendLine(string.Format(CultureInfo.InvariantCulture, words.Why, company));
        text.AppendLine(CultureInfo.InvariantCulture, $"{words.Unsubscribe}: {content.UnsubscribeLink}");
        message.Body = new BodyBuilder { HtmlBody = html.ToString(), TextBody = text.ToString() }.ToMessageBody();
        return message;
    }
}
