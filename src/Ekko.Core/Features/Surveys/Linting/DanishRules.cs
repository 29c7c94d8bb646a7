using System.Text.RegularExpressions;
using static Ekko.Core.Features.Surveys.Linting.Patterns;

namespace Ekko.Core.Features.Surveys.Linting;

/// <summary>Danish wording rules.</summary>
internal static class DanishRules
{
    private const string QuestionWord = @"(?:hvordan|hvad|hvilk\p{L}*|hvorfor|hvornår|hvor|hvem|hvis)\b";

    private const string Evaluative =
        @"god|godt|gode|fantastisk\p{L}*|fremragende|skøn\p{L}*|dejlig\p{L}*|strålende|suveræn\p{L}*|fænomenal\p{L}*|utrolig\p{L}*|"
        + @"perfekt\p{L}*|fabelagtig\p{L}*|forrygende|vidunderlig\p{L}*|imponerende|enestående|dårlig\p{L}*|elendig\p{L}*|"
        + @"forfærdelig\p{L}*|frygtelig\p{L}*|irriterende|frustrerende|skuffende";

    private const string Loaded =
        @"fantastisk\p{L}*|prisbelønne\p{L}*|prisvindende|fænomenal\p{L}*|utrolig\p{L}*|suveræn\p{L}*|enestående|førsteklasses|"
        + @"fremragende|skønne|fabelagtig\p{L}*|forrygende|uovertruf\p{L}*|vidunderlig\p{L}*|verdensklasse|strålende|"
        + @"forfærdelig\p{L}*|elendig\p{L}*|frygtelig\p{L}*|irriterende|frustrerende|katastrofal\p{L}*|generøs\p{L}*|pinlig\p{L}*|latterlig\p{L}*|skammelig\p{L}*";

    public static LanguageRules Rules { get; } = new(
        "da",
        [
            new(LintCodes.Leading,
                Compile($@"{SentenceStart}(?<span>(?<v>er|synes|mener|vil|ville|tror|føler)\s+(?:du|I)\s+ikke)\b{Rest}"),
                LintMessages.NegativeQuestion,
                Rewrites.ToWhatDegree("I hvilken grad", "du")),
            new(LintCodes.Leading,
                Compile($@"{SentenceStart}(?!{QuestionWord})(?<span>(?<v>\p{{L}}+)\s+(?!der\s+noget|det\s+noget|nogen|noget)(?<mid>(?:\p{{L}}+\s+){{0,2}}?)ikke)\b(?<rest>[^?.!]*)\?"),
                LintMessages.NegativeQuestion,
                Rewrites.Template("${v} ${mid}${rest}?")),
            new(LintCodes.Leading,
                Compile(@",\s*(?<span>ikke\s+sandt|ikke\s+også|ikke|vel|eller\s+hvad)\s*\?"),
                LintMessages.TagQuestion),
            new(LintCodes.Leading,
                Compile($@"{SentenceStart}(?!{QuestionWord})(?:\p{{L}}+\s+){{1,5}}?(?<span>vel)\b[^?.!]*\?"),
                LintMessages.Presumption),
            new(LintCodes.Leading,
                Compile(@"\b(?<span>selvfølgelig|naturligvis|åbenlyst|selvsagt)\b"),
                LintMessages.Presumption),
            new(LintCodes.Leading,
                Compile(@"\b(?<span>(?:de\s+fleste|mange|flertallet\s+af|næsten\s+alle|tusindvis\s+af)\s+(?:af\s+)?(?:vores\s+)?(?:kunde|bruger|gæst|besøgende|deltager|medarbejder|kolleg|medlem|person|folk)\p{L}*)\s+(?:elsker|kan\s+lide|sætter\s+pris\s+på|foretrækker|anbefaler|er\s+(?:tilfredse|glade|begejstrede)|synes|siger|mener|er\s+enige)\b"),
                LintMessages.Bandwagon),
            new(LintCodes.Leading,
                Compile($@"{ClauseStart}(?<span>hvor\s+(?:{Evaluative}))\s+(?:var|er|blev|har\s+været)\s+{Rest}"),
                LintMessages.EvaluativeHow,
                Rewrites.Template("Hvordan vil du vurdere ${rest}?")),
            new(LintCodes.Leading,
                Compile($@"{SentenceStart}(?<span>er\s+(?:du|I)\s+enige?|vil\s+(?:du|I)\s+give\s+(?:os|mig)\s+ret)(?!\s+eller)\b(?:\s+i\b)?(?<rest>[^?.!]*)\??"),
                LintMessages.AgreeYesNo,
                m => $"I hvilken grad er du enig i{m.Groups["rest"].Value}?"),

            new(LintCodes.Assumption,
                Compile($@"{ClauseStart}(?<span>hvor\s+meget\s+(?:nød|elskede|værdsatte|satte|kunne|holdt)\s+(?:du|I)(?:\s+(?:pris\s+på|lide|af))?)\s+{Rest}"),
                LintMessages.AssumedPositive,
                Rewrites.Template("Hvordan vil du vurdere ${rest}?")),
            new(LintCodes.Assumption,
                Compile($@"{ClauseStart}(?<span>hvad\s+(?:elskede|nød)\s+(?:du|I))(?:\s+allermest|\s+mest)?\s+(?:ved|med|i|på)\s+{Rest}"),
                LintMessages.AssumedPositive,
                Rewrites.Template("Hvad syntes du var godt eller mindre godt ved ${rest}?")),
            new(LintCodes.Assumption,
                Compile(@"(?<=^\s*|[.!?:,;]\s+)hvordan\s+har\s+(?<subj>[^?.!]{1,60}?)\s+(?:forbedret|hjulpet|forenklet|lettet)\b(?<rest>[^?.!]*)\??"),
                LintMessages.AssumedPositive,
                Rewrites.Template("Hvilken effekt, om nogen, har ${subj} haft på${rest}?")),
            new(LintCodes.Assumption,
                Compile($@"{ClauseStart}(?<span>hvor\s+(?:meget|mange)(?:\s+(?:penge|tid))?\s+(?:har|havde)\s+[^?.!]{{1,60}}?\s+(?:sparet|tjent))\b"),
                LintMessages.AssumedPositive),
            new(LintCodes.Assumption,
                Compile($@"{ClauseStart}(?<span>hvorfor\s+foretrækker\s+(?:du|I))\b"),
                LintMessages.AssumedPreference),
            new(LintCodes.Assumption,
                Compile($@"{ClauseStart}(?<span>hvad\s+gør\s+(?:os|det|vores\s+\p{{L}}+)\s+så\s+(?:god|godt|gode|speciel\p{{L}}*|unik\p{{L}}*))"),
                LintMessages.AssumedPositive),

            new(LintCodes.NegativeWording,
                Compile(@"\b(?<span>(?:ikke|aldrig)\s+(?<mid>(?:\p{L}+\s+)?)(?:u|mis|ir)(?<stem>venlig|tydelig|tilfreds|hjælpsom|nyttig|relevant|rimelig|behagelig|professionel|interessant|vigtig|høflig|pålidelig|enig|effektiv|korrekt|tilfredsstillende|sandsynlig|forståelig)(?<suf>\p{L}{0,3}))\b"),
                LintMessages.DoubleNegation,
                Rewrites.Template(" ${mid}${stem}${suf}")),
            new(LintCodes.NegativeWording,
                Compile(@"\b(?<span>ikke\s+uden)\b"),
                LintMessages.DoubleNegation),
            new(LintCodes.NegativeWording, Compile(@"\b(?<span>ikke|aldrig)\b"), LintMessages.NegatedStatement, Rewrites.Remove)
            {
                StatementsOnly = true,
            },

            new(LintCodes.Loaded, Compile($@"\b(?<span>{Loaded})\b\s*"), LintMessages.LoadedWord, Rewrites.Remove),

            new(LintCodes.Absolute,
                Compile($@"{SentenceStart}(?!{QuestionWord})(?<verb>\p{{L}}+)\s+(?<mid>(?:\p{{L}}+\s+){{0,3}}?)(?<span>altid|aldrig)\s+(?<rest>[^?.!]*)\?"),
                LintMessages.AbsoluteWord,
                Rewrites.HowOften("Hvor ofte")),
            new(LintCodes.Absolute,
                Compile(@"\b(?<span>altid|aldrig|hver\s+eneste|hvert\s+eneste|hver|hvert|enhver|alle|samtlige)\b"),
                LintMessages.AbsoluteWord),

            new(LintCodes.Jargon, Compile(@"\b(?<span>omnikanal|omni-?channel-?)(?<rest>\p{L}*)"), LintMessages.JargonWord, Rewrites.Template("helheds${rest}")),
            new(LintCodes.Jargon, Compile(@"(?:\bvores\s+)?\b(?<span>(?-i:SLA))(?:-en)?\b"), LintMessages.JargonWord, Rewrites.Template("den lovede svartid")),
            new(LintCodes.Jargon, Compile(@"\b(?<span>onboarding)(?<suf>en)?\b"), LintMessages.JargonWord, Rewrites.Template("introduktion${suf}")),
            new(LintCodes.Jargon, Compile(@"\b(?<span>fulfill?ment)(?:-?proces\p{L}*)?"), LintMessages.JargonWord, Rewrites.Template("ordrebehandlingen")),
            new(LintCodes.Jargon, Compile(@"\b(?<span>(?-i:CX))\b"), LintMessages.JargonWord, Rewrites.Template("kundeoplevelsen")),
            new(LintCodes.Jargon, Compile(@"\b(?<span>(?-i:UX))\b"), LintMessages.JargonWord, Rewrites.Template("brugervenligheden")),
            new(LintCodes.Jargon, Compile(@"\b(?<span>(?-i:POS))\b"), LintMessages.JargonWord, Rewrites.Template("kassen")),
            new(LintCodes.Jargon,
                Compile(@"\b(?<span>(?-i:NPS|CSAT|CES|KPI|SKU|CRM|ERP|LMS|FCR|AHT|RMA|B2B|B2C)|touchpoint\p{L}*|kontaktpunkt\p{L}*|last\s+mile|churn\p{L}*|upsell\p{L}*|mersalg\p{L}*|kunderejse\p{L}*|leveringspræcision\p{L}*|eskalering\p{L}*|stakeholder\p{L}*)"),
                LintMessages.JargonWord),
        ],
        new PairRules(
            ["og", "samt", "&"],
            new StemList(
            [
                "hurtig", "venlig", "hjælpsom", "nem", "enkel", "enkl", "let", "tydelig", "kyndig", "professionel", "høflig", "pålidelig",
                "effektiv", "nyttig", "relevant", "ren", "tryg", "punktlig", "engageret", "engagerende", "interessant", "hyggelig",
                "imødekommende", "grundig", "struktureret", "lærerig", "billig", "præcis", "smidig", "overskuelig", "forståelig",
                "kompetent", "inspirerende", "tilgængelig", "fleksibel", "moderne", "behagelig", "pædagogisk", "forberedt", "sikker", "ærlig", "nøjagtig",
            ], 3),
            new StemList(
            [
                "levering", "pris", "kvalitet", "service", "personale", "kundeservice", "produkt", "udvalg", "hjemmeside", "webshop", "app",
                "kasse", "emballage", "returnering", "retur", "kommunikation", "underviser", "instruktør", "indhold", "kursus", "kurset",
                "butik", "fragt", "betaling", "information", "ventetid", "hjælp", "rengøring", "skiltning", "hurtighed", "venlighed",
                "hjælpsomhed", "parkering", "åbningstid", "atmosfære", "stemning", "mad", "menu", "tempo", "undervisning", "materiale",
                "vejledning", "struktur", "øvelse", "leveringstid", "viden", "kompetence", "montering", "installation", "rådgivning",
                "præsentation", "tilgængelighed", "sortiment", "nøjagtighed", "præcision", "sikkerhed", "tryghed", "fleksibilitet",
            ], 5),
            ["den", "det", "de", "en", "et", "vores", "din", "dit", "dine", "jeres", "deres", "sin", "sit", "sine", "meget", "rigtig", "hvor"],
            [
                "produkter og tjenester", "varer og tjenester", "mad og drikke", "fordele og ulemper", "vilkår og betingelser", "spørgsmål og svar",
                "klik og hent", "venner og familie", "familie og venner", "sundhed og sikkerhed",
            ],
            Compile(@"(?<conj>(?:,\s*)?\bog)\s+(?:var|er|fandtes|findes|hvordan|hvad|hvorfor|hvilken|hvilket|ville|vil|kommer|havde|har|kunne|blev|fik)\s+(?:det|du|den|de|I|vi|han|hun|din|dit|dine|vores)\b")),
        new ScaleLexicon(
            Positive: ["god", "godt", "fremragende", "tilfreds", "enig", "nem", "let", "sandsynlig", "nyttig", "tydelig", "perfekt",
                "fantastisk", "relevant", "positiv", "bedre", "bedst", "værdifuld", "vigtig", "glimrende"],
            Negative: ["dårlig", "utilfreds", "uenig", "svær", "vanskelig", "utydelig", "usandsynlig", "elendig", "unyttig", "irrelevant",
                "negativ", "værre", "værst", "uvigtig", "ubrugelig"],
            Neutral: ["hverken", "neutral", "ok", "middel", "både", "acceptabel", "nogenlunde"],
            Negations: ["ikke", "ingen"],
            DontKnow: ["ved ikke", "usikker", "ikke relevant", "ingen mening", "ikke aktuelt", "kan ikke svare", "ønsker ikke at svare"],
            YesNo: ["ja", "nej"],
            OpinionYesNo: Compile(@"^\s*(?:(?:tror|synes|mener|forventer|planlægger)\s+(?:du|I)|kommer\s+(?:du|I)\s+til\s+at|vil\s+(?:du|I)|ville\s+(?:du|I)|har\s+(?:du|I)\s+tænkt)\b")),
        new Dictionary<string, string>
        {
            [LintCodes.Leading] = "Spørg uden at antyde et svar, f.eks. \"Hvordan vil du vurdere …?\"",
            [LintCodes.Loaded] = "Beskriv det neutralt, f.eks. \"Hvordan vil du vurdere vores kundeservice?\"",
            [LintCodes.Assumption] = "Spørg først om, så hvorfor, f.eks. \"Hvilken mulighed foretrækker du, hvis nogen, og hvorfor?\"",
            [LintCodes.DoubleBarrelled] = "Stil ét spørgsmål for hver ting.",
            [LintCodes.Absolute] = "Spørg hvor ofte, eller om sidste gang, f.eks. \"Hvor ofte …?\" eller \"Sidst du …, var …?\"",
            [LintCodes.NegativeWording] = "Formulér det positivt, f.eks. \"Instruktionerne var tydelige.\"",
            [LintCodes.Jargon] = "Brug kundernes egne ord, eller skriv begrebet ud.",
            [LintCodes.TooLong] = "Skær indledningen væk og behold én kort sætning, f.eks. \"Hvordan vil du vurdere …?\"",
            [LintCodes.UnlabeledScale] = "Sæt etiketter på begge ender, f.eks. \"Meget dårlig\" og \"Meget god\".",
            [LintCodes.UnbalancedScale] = "Brug lige mange negative som positive trin omkring en midte: Meget dårlig, Dårlig, Hverken god eller dårlig, God, Meget god.",
            [LintCodes.MissingNeutralOption] = "Tilføj en mellemmulighed, f.eks. \"Hverken tilfreds eller utilfreds\".",
            [LintCodes.MissingDontKnow] = "Tilføj muligheden \"Ved ikke\".",
        });
}
