using Ekko.Core.Features.Distribution;

namespace Ekko.Server.Features.Distribution;

/// <summary>
/// The words of the respondent pages in English, Swedish, Norwegian (bokmål) and Danish. Respondents see
/// these around the survey's own questions, so they follow the survey's language, not the UI's.
/// </summary>
internal sealed record RespondentTexts(
    string Next,
    string Send,
    string Back,
    string QuestionOf,
    string Optional,
    string YourAnswer,
    string Required,
    string NotAScore,
    string OutOfRange,
    string UnknownOption,
    string OneOptionOnly,
    string TooLong,
    string UnknownQuestion,
    string ThankYouTitle,
    string ThankYouBody,
    string AnsweredTitle,
    string AnsweredBody,
    string ClosedTitle,
    string ClosedBody,
    string ExpiredTitle,
    string ExpiredBody,
    string NotFoundTitle,
    string NotFoundBody,
    string Language,
    string Unsubscribe,
    string TooManyTitle,
    string TooManyBody)
{
    private static readonly RespondentTexts English = new(
        "Next", "Send", "Back", "Question {0} of {1}", "optional", "Your answer",
        "Please choose an answer before you continue.", "Please choose one of the numbers.", "Please choose one of the numbers shown.",
        "Please choose one of the options shown.", "Please choose only one option.", "Your answer is too long; please shorten it to 5,000 characters.",
        "That question is not part of this survey. Please answer the question below.",
        "Thank you!", "Your answers have been saved. You can close this page.",
        "You have already answered", "Thank you, your answers were saved earlier.",
        "This survey is closed", "It no longer collects answers. Thank you for your interest.",
        "This link has expired", "The invitation was valid for a limited time. Thank you for your interest.",
        "Survey not found", "Check that the link is complete; it may have been cut off in your e-mail program.",
        "Language", "Do not send me surveys", "Too many requests", "Please wait a minute and try again.");

    private static readonly RespondentTexts Swedish = new(
        "Nästa", "Skicka", "Tillbaka", "Fråga {0} av {1}", "frivillig", "Ditt svar",
        "Välj ett svar innan du går vidare.", "Välj en av siffrorna.", "Välj en av siffrorna som visas.",
        "Välj ett av alternativen som visas.", "Välj bara ett alternativ.", "Ditt svar är för långt; korta det till 5 000 tecken.",
        "Den frågan finns inte i den här enkäten. Svara på frågan nedan.",
        "Tack!", "Dina svar är sparade. Du kan stänga sidan.",
        "Du har redan svarat", "Tack, dina svar sparades tidigare.",
        "Enkäten är stängd", "Den tar inte längre emot svar. Tack för ditt intresse.",
        "Länken har gått ut", "Inbjudan gällde en begränsad tid. Tack för ditt intresse.",
        "Enkäten hittades inte", "Kontrollera att länken är hel; den kan ha klippts av i ditt e-postprogram.",
        "Språk", "Skicka inga fler enkäter till mig", "För många förfrågningar", "Vänta en minut och försök igen.");

    private static readonly RespondentTexts Norwegian = new(
        "Neste", "Send", "Tilbake", "Spørsmål {0} av {1}", "valgfritt", "Ditt svar",
        "Velg et svar før du går videre.", "Velg et av tallene.", "Velg et av tallene som vises.",
        "Velg et av alternativene som vises.", "Velg bare ett alternativ.", "Svaret ditt er for langt; kort det ned til 5 000 tegn.",
        "Det spørsmålet finnes ikke i denne undersøkelsen. Svar på spørsmålet nedenfor.",
        "Takk!", "Svarene dine er lagret. Du kan lukke siden.",
        "Du har allerede svart", "Takk, svarene dine ble lagret tidligere.",
        "Undersøkelsen er avsluttet", "Den tar ikke lenger imot svar. Takk for interessen.",
        "Lenken har utløpt", "Invitasjonen gjaldt en begrenset tid. Takk for interessen.",
        "Fant ikke undersøkelsen", "Sjekk at lenken er hel; den kan ha blitt kuttet i e-postprogrammet ditt.",
        "Språk", "Ikke send meg flere undersøkelser", "For mange forespørsler", "Vent et minutt og prøv igjen.");

    private static readonly RespondentTexts Danish = new(
        "Næste", "Send", "Tilbage", "Spørgsmål {0} af {1}", "valgfrit", "Dit svar",
        "Vælg et svar, før du går videre.", "Vælg et af tallene.", "Vælg et af de viste tal.",
        "Vælg en af de viste muligheder.", "Vælg kun én mulighed.", "Dit svar er for langt; forkort det til 5.000 tegn.",
        "Det spørgsmål findes ikke i denne undersøgelse. Besvar spørgsmålet nedenfor.",
        "Tak!", "Dine svar er gemt. Du kan lukke siden.",
        "Du har allerede svaret", "Tak, dine svar blev gemt tidligere.",
        "Undersøgelsen er lukket", "Den modtager ikke længere svar. Tak for din interesse.",
        "Linket er udløbet", "Invitationen gjaldt i en begrænset periode. Tak for din interesse.",
        "Undersøgelsen blev ikke fundet", "Kontrollér, at linket er helt; det kan være blevet afkortet i dit e-mailprogram.",
        "Sprog", "Send mig ikke flere undersøgelser", "For mange forespørgsler", "Vent et minut, og prøv igen.");

    public static RespondentTexts For(string language) => language.Split('-')[0] switch
    {
        "sv" => Swedish,
        "nb" or "no" or "nn" => Norwegian,
        "da" => Danish,
        _ => English,
    };

    public string Problem(AnswerProblem problem) => problem switch
    {
        AnswerProblem.Required => Required,
        AnswerProblem.NotAScore => NotAScore,
        AnswerProblem.OutOfRange => OutOfRange,
        AnswerProblem.UnknownOption => UnknownOption,
        AnswerProblem.OneOptionOnly => OneOptionOnly,
        AnswerProblem.TooLong => TooLong,
        _ => UnknownQuestion,
    };

    /// <summary>What a language is called in itself, for the language switcher.</summary>
    public static string Endonym(string language) => language switch
    {
        "sv" => "Svenska",
        "nb" => "Norsk",
        "da" => "Dansk",
        "en" => "English",
        "fi" => "Suomi",
        "de" => "Deutsch",
        _ => language,
    };
}
