using System.Text.RegularExpressions;
using static Ekko.Core.Features.Surveys.Linting.Patterns;

namespace Ekko.Core.Features.Surveys.Linting;

/// <summary>Norwegian (Bokmål) wording rules.</summary>
internal static class NorwegianRules
{
    private const string QuestionWord = @"(?:hvordan|hva|hvilk\p{L}*|hvorfor|når|hvor|hvem|hvis)\b";

    private const string Evaluative =
        @"bra|flott\p{L}*|fantastisk\p{L}*|utmerket|utmerkede|herlig\p{L}*|strålende|suveren\p{L}*|fenomenal\p{L}*|utrolig\p{L}*|"
        + @"perfekt\p{L}*|god|godt|gode|fabelaktig\p{L}*|imponerende|enestående|dårlig\p{L}*|elendig\p{L}*|forferdelig\p{L}*|"
        + @"irriterende|frustrerende|skuffende";

    private const string Loaded =
        @"fantastisk\p{L}*|prisbelønt\p{L}*|prisvinnende|fenomenal\p{L}*|utrolig\p{L}*|suveren\p{L}*|enestående|førsteklasses|"
        + @"fremragende|utmerket|utmerkede|herlig\p{L}*|fabelaktig\p{L}*|uslåelig\p{L}*|verdensklasse|strålende|forferdelig\p{L}*|"
        + @"elendig\p{L}*|grusom\p{L}*|irriterende|frustrerende|katastrofal\p{L}*|sjenerøs\p{L}*|generøs\p{L}*|pinlig\p{L}*|latterlig\p{L}*|skammelig\p{L}*";

    public static LanguageRules Rules { get; } = new(
        "nb",
        [
            new(LintCodes.Leading,
                Compile($@"{SentenceStart}(?<span>(?<v>er|synes|syns|mener|vil|ville|tror|føler)\s+(?:du|dere)\s+ikke)\b{Rest}"),
                LintMessages.NegativeQuestion,
                Rewrites.ToWhatDegree("I hvilken grad", "du")),
            new(LintCodes.Leading,
                Compile($@"{SentenceStart}(?!{QuestionWord})(?<span>(?<v>\p{{L}}+)\s+(?!det\s+noe|noen|noe\b)(?<mid>(?:\p{{L}}+\s+){{0,2}}?)ikke)\b(?<rest>[^?.!]*)\?"),
                LintMessages.NegativeQuestion,
                Rewrites.Template("${v} ${mid}${rest}?")),
            new(LintCodes.Leading,
                Compile(@",\s*(?<span>ikke\s+sant|ikke|sant|eller\s+hva|vel)\s*\?"),
                LintMessages.TagQuestion),
            new(LintCodes.Leading,
                Compile($@"{SentenceStart}(?!{QuestionWord})(?:\p{{L}}+\s+){{1,5}}?(?<span>vel)\b[^?.!]*\?"),
                LintMessages.Presumption),
            new(LintCodes.Leading,
                Compile(@"\b(?<span>selvsagt|selvfølgelig|åpenbart|naturligvis)\b"),
                LintMessages.Presumption),
            new(LintCodes.Leading,
                Compile(@"\b(?<span>(?:de\s+fleste|mange|flertallet\s+av|nesten\s+alle|tusenvis\s+av)\s+(?:av\s+)?(?:våre\s+)?(?:kunde|bruker|gjest|besøkende|deltaker|ansatt|kolleg|medlem|person|folk)\p{L}*(?:\s+våre)?)\s+(?:elsker|liker|setter\s+pris\s+på|foretrekker|anbefaler|er\s+(?:fornøyde|glade|begeistret)|synes|sier|mener|er\s+enige)\b"),
                LintMessages.Bandwagon),
            new(LintCodes.Leading,
                Compile($@"{ClauseStart}(?<span>hvor\s+(?:{Evaluative}))\s+(?:var|er|ble|har\s+vært)\s+{Rest}"),
                LintMessages.EvaluativeHow,
                Rewrites.Template("Hvordan vil du vurdere ${rest}?")),
            new(LintCodes.Leading,
                Compile($@"{SentenceStart}(?<span>er\s+(?:du|dere)\s+enige?|vil\s+(?:du|dere)\s+si\s+(?:deg|dere)\s+enige?)(?!\s+eller)\b(?<rest>[^?.!]*)\??"),
                LintMessages.AgreeYesNo,
                m => $"I hvilken grad er du enig{m.Groups["rest"].Value}?"),

            new(LintCodes.Assumption,
                Compile($@"{ClauseStart}(?<span>hvor\s+mye\s+(?:likte|elsket|nøt|verdsatte|satte)\s+(?:du|dere)(?:\s+(?:deg\s+)?(?:pris\s+på|med))?)\s+{Rest}"),
                LintMessages.AssumedPositive,
                Rewrites.Template("Hvordan vil du vurdere ${rest}?")),
            new(LintCodes.Assumption,
                Compile($@"{ClauseStart}(?<span>hva\s+(?:elsket|nøt)\s+(?:du|dere))(?:\s+aller)?(?:\s+mest)?\s+(?:ved|med|i|på)\s+{Rest}"),
                LintMessages.AssumedPositive,
                Rewrites.Template("Hva syntes du var bra eller mindre bra med ${rest}?")),
            new(LintCodes.Assumption,
                Compile(@"(?<=^\s*|[.!?:,;]\s+)hvordan\s+har\s+(?<subj>[^?.!]{1,60}?)\s+(?:forbedret|hjulpet|forenklet|lettet)\b(?<rest>[^?.!]*)\??"),
                LintMessages.AssumedPositive,
                Rewrites.Template("Hvilken effekt, om noen, har ${subj} hatt på${rest}?")),
            new(LintCodes.Assumption,
                Compile($@"{ClauseStart}(?<span>hvor\s+(?:mye|mange)(?:\s+(?:penger|tid))?\s+(?:har|hadde)\s+[^?.!]{{1,60}}?\s+(?:spart|tjent))\b"),
                LintMessages.AssumedPositive),
            new(LintCodes.Assumption,
                Compile($@"{ClauseStart}(?<span>hvorfor\s+foretrekker\s+(?:du|dere))\b"),
                LintMessages.AssumedPreference),
            new(LintCodes.Assumption,
                Compile($@"{ClauseStart}(?<span>hva\s+gjør\s+(?:oss|det|\p{{L}}+\s+vår|\p{{L}}+\s+vårt)\s+så\s+(?:bra|god|gode|spesiell\p{{L}}*|unik\p{{L}}*))"),
                LintMessages.AssumedPositive),

            new(LintCodes.NegativeWording,
                Compile(@"\b(?<span>(?:ikke|aldri)\s+(?<mid>(?:\p{L}+\s+)?)(?:u|mis|ir)(?<stem>vennlig|tydelig|fornøyd|hjelpsom|nyttig|relevant|rimelig|behagelig|profesjonell|interessant|viktig|høflig|pålitelig|enig|effektiv|korrekt|tilfredsstillende|sannsynlig|grei|forståelig)(?<suf>\p{L}{0,3}))\b"),
                LintMessages.DoubleNegation,
                Rewrites.Template(" ${mid}${stem}${suf}")),
            new(LintCodes.NegativeWording,
                Compile(@"\b(?<span>ikke\s+uten)\b"),
                LintMessages.DoubleNegation),
            new(LintCodes.NegativeWording, Compile(@"\b(?<span>ikke|aldri)\b"), LintMessages.NegatedStatement, Rewrites.Remove)
            {
                StatementsOnly = true,
            },

            new(LintCodes.Loaded, Compile($@"\b(?<span>{Loaded})\b\s*"), LintMessages.LoadedWord, Rewrites.Remove),

            new(LintCodes.Absolute,
                Compile($@"{SentenceStart}(?!{QuestionWord})(?<verb>\p{{L}}+)\s+(?<mid>(?:\p{{L}}+\s+){{0,3}}?)(?<span>alltid|aldri)\s+(?<rest>[^?.!]*)\?"),
                LintMessages.AbsoluteWord,
                Rewrites.HowOften("Hvor ofte")),
            new(LintCodes.Absolute,
                Compile(@"\b(?<span>alltid|aldri|hver\s+eneste|hvert\s+eneste|hver|hvert|enhver|alle|samtlige)\b"),
                LintMessages.AbsoluteWord),

            new(LintCodes.Jargon, Compile(@"\b(?<span>omnikanal|omni-?channel-?)(?<rest>\p{L}*)"), LintMessages.JargonWord, Rewrites.Template("helhets${rest}")),
            new(LintCodes.Jargon, Compile(@"\b(?<span>(?-i:SLA))(?:-en)?\b"), LintMessages.JargonWord, Rewrites.Template("den lovede svartiden")),
            new(LintCodes.Jargon, Compile(@"\b(?<span>onboarding)(?<suf>en)?\b"), LintMessages.JargonWord, Rewrites.Template("introduksjon${suf}")),
            new(LintCodes.Jargon, Compile(@"\b(?<span>fulfill?ment)(?:-?prosess\p{L}*)?"), LintMessages.JargonWord, Rewrites.Template("ordrebehandlingen")),
            new(LintCodes.Jargon, Compile(@"\b(?<span>(?-i:CX))\b"), LintMessages.JargonWord, Rewrites.Template("kundeopplevelsen")),
            new(LintCodes.Jargon, Compile(@"\b(?<span>(?-i:UX))\b"), LintMessages.JargonWord, Rewrites.Template("brukervennligheten")),
            new(LintCodes.Jargon, Compile(@"\b(?<span>(?-i:POS))\b"), LintMessages.JargonWord, Rewrites.Template("kassen")),
            new(LintCodes.Jargon,
                Compile(@"\b(?<span>(?-i:NPS|CSAT|CES|KPI|SKU|CRM|ERP|LMS|FCR|AHT|RMA|B2B|B2C)|touchpoint\p{L}*|kontaktpunkt\p{L}*|last\s+mile|churn\p{L}*|upsell\p{L}*|mersalg\p{L}*|kundereise\p{L}*|leveringspresisjon\p{L}*|ledetid\p{L}*|stakeholder\p{L}*|eskalering\p{L}*)"),
                LintMessages.JargonWord),
        ],
        new PairRules(
            ["og", "samt", "&"],
            new StemList(
            [
                "rask", "vennlig", "hjelpsom", "enkel", "enkl", "lett", "tydelig", "kunnskapsrik", "profesjonell", "høflig", "pålitelig",
                "effektiv", "nyttig", "relevant", "ren", "trygg", "punktlig", "engasjerende", "interessant", "hyggelig", "imøtekommende",
                "grundig", "strukturert", "lærerik", "billig", "presis", "smidig", "oversiktlig", "forståelig", "kompetent", "inspirerende",
                "tilgjengelig", "fleksibel", "moderne", "behagelig", "pedagogisk", "forberedt", "sikker", "ærlig", "nøyaktig",
            ], 3),
            new StemList(
            [
                "levering", "pris", "kvalitet", "service", "personal", "kundeservice", "produkt", "utvalg", "nettside", "nettbutikk", "app",
                "kasse", "emballasje", "retur", "kommunikasjon", "kursholder", "instruktør", "innhold", "kurs", "butikk", "frakt", "betaling",
                "informasjon", "ventetid", "hjelp", "renhold", "skilting", "hurtighet", "vennlighet", "hjelpsomhet", "parkering",
                "åpningstid", "atmosfære", "stemning", "mat", "meny", "tempo", "opplæring", "materiell", "veiledning", "struktur", "øvelse",
                "leveringstid", "kunnskap", "kompetanse", "montering", "installasjon", "rådgivning", "presentasjon", "tilgjengelighet", "nøyaktighet", "presisjon", "sikkerhet", "trygghet", "fleksibilitet",
            ], 5),
            ["den", "det", "de", "en", "et", "ei", "vår", "vårt", "våre", "din", "ditt", "dine", "deres", "sin", "sitt", "sine", "veldig", "svært", "hvor"],
            [
                "produkter og tjenester", "varer og tjenester", "mat og drikke", "fordeler og ulemper", "vilkår og betingelser", "spørsmål og svar",
                "klikk og hent", "venner og familie", "familie og venner", "helse og sikkerhet",
            ],
            Compile(@"(?<conj>(?:,\s*)?\bog)\s+(?:var|er|fantes|finnes|hvordan|hva|hvorfor|hvilken|hvilket|ville|vil|kommer|hadde|har|kunne|ble|fikk)\s+(?:det|du|den|de|dere|vi|han|hun|din|ditt|dine|vår|vårt|våre)\b")),
        new ScaleLexicon(
            Positive: ["bra", "utmerket", "fornøyd", "enig", "enkel", "enkelt", "lett", "sannsynlig", "nyttig", "tydelig", "god", "godt",
                "perfekt", "fantastisk", "relevant", "positiv", "bedre", "best", "verdifull", "viktig"],
            Negative: ["dårlig", "misfornøyd", "uenig", "vanskelig", "utydelig", "usannsynlig", "elendig", "unyttig", "irrelevant",
                "negativ", "verre", "verst", "uviktig", "ubrukelig"],
            Neutral: ["verken", "nøytral", "ok", "greit", "middels", "både", "akseptabel"],
            Negations: ["ikke", "ingen"],
            DontKnow: ["vet ikke", "usikker", "ikke aktuelt", "ikke relevant", "ingen mening", "kan ikke svare", "ønsker ikke å svare"],
            YesNo: ["ja", "nei"],
            OpinionYesNo: Compile(@"^\s*(?:(?:tror|synes|syns|mener|forventer|planlegger)\s+(?:du|dere)|kommer\s+(?:du|dere)\s+til\s+å|vil\s+(?:du|dere)|ville\s+(?:du|dere)|har\s+(?:du|dere)\s+tenkt)\b")),
        new Dictionary<string, string>
        {
            [LintCodes.Leading] = "Spør uten å antyde et svar, f.eks. \"Hvordan vil du vurdere …?\"",
            [LintCodes.Loaded] = "Beskriv det nøytralt, f.eks. \"Hvordan vil du vurdere kundeservicen vår?\"",
            [LintCodes.Assumption] = "Spør først om, så hvorfor, f.eks. \"Hvilket alternativ foretrekker du, om noe, og hvorfor?\"",
            [LintCodes.DoubleBarrelled] = "Still ett spørsmål for hver ting.",
            [LintCodes.Absolute] = "Spør hvor ofte, eller om siste gang, f.eks. \"Hvor ofte …?\" eller \"Sist du …, var …?\"",
            [LintCodes.NegativeWording] = "Formuler det positivt, f.eks. \"Instruksjonene var tydelige.\"",
            [LintCodes.Jargon] = "Bruk kundenes egne ord, eller skriv ut begrepet.",
            [LintCodes.TooLong] = "Kutt innledningen og behold én kort setning, f.eks. \"Hvordan vil du vurdere …?\"",
            [LintCodes.UnlabeledScale] = "Sett merkelapper på begge ender, f.eks. \"Svært dårlig\" og \"Svært bra\".",
            [LintCodes.UnbalancedScale] = "Bruk like mange negative som positive trinn rundt en midte: Svært dårlig, Dårlig, Verken bra eller dårlig, Bra, Svært bra.",
            [LintCodes.MissingNeutralOption] = "Legg til et midtalternativ, f.eks. \"Verken fornøyd eller misfornøyd\".",
            [LintCodes.MissingDontKnow] = "Legg til alternativet \"Vet ikke\".",
        });
}
