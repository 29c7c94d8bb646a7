namespace Ekko.Server.Features.Distribution;

/// <summary>The unsubscribe page's words in the respondent's language.</summary>
internal sealed record UnsubscribeTexts(string Title, string Question, string Confirm, string Done, string DoneBody, string Invalid)
{
    public static UnsubscribeTexts For(string language) => language.Split('-')[0] switch
    {
        "sv" => new("Avregistrering", "Vill du sluta få enkäter från oss?", "Ja, skicka inga fler enkäter",
            "Du får inga fler enkäter", "{0} skickar inte fler enkäter till dig.", "Länken är ogiltig"),
        "nb" or "no" or "nn" => new("Avmelding", "Vil du slutte å motta undersøkelser fra oss?", "Ja, ikke send flere undersøkelser",
            "Du får ikke flere undersøkelser", "{0} sender deg ikke flere undersøkelser.", "Lenken er ugyldig"),
        "da" => new("Afmelding", "Vil du stoppe med at modtage undersøgelser fra os?", "Ja, send ikke flere undersøgelser",
            "Du får ikke flere undersøgelser", "{0} sender dig ikke flere undersøgelser.", "Linket er ugyldigt"),
        _ => new("Unsubscribe", "Do you want to stop receiving surveys from us?", "Yes, send me no more surveys",
            "You will receive no more surveys", "{0} will not send you any more surveys.", "This link is not valid"),
    };
}
