using Microsoft.Extensions.Localization;

namespace Ekko.Server.Components.Pages.Surveys;

/// <summary>The survey languages an author can choose in the builder, named in the interface's language.</summary>
public static class SurveyLanguages
{
    public static readonly IReadOnlyList<string> Offered = ["en", "sv", "nb", "da", "fi", "de"];

    public static string Name(string code, IStringLocalizer T) => code switch
    {
        "en" => T["English"],
        "sv" => T["Swedish"],
        "nb" => T["Norwegian"],
        "da" => T["Danish"],
        "fi" => T["Finnish"],
        "de" => T["German"],
        _ => code,
    };
}
