using System.Text.RegularExpressions;
using static Ekko.Core.Features.Surveys.Linting.Patterns;

namespace Ekko.Core.Features.Surveys.Linting;

/// <summary>Swedish wording rules.</summary>
internal static class SwedishRules
{
    private const string QuestionWord = @"(?:hur|vad|vilk\p{L}*|varför|när|vem|vems|var\s+någonstans)\b";

    private const string Evaluative =
        @"bra|fantastisk\p{L}*|underbar\p{L}*|utmärkt\p{L}*|toppen|härlig\p{L}*|strålande|suverän\p{L}*|fenomenal\p{L}*|otrolig\p{L}*|"
        + @"grym\p{L}*|perfekt\p{L}*|enastående|imponerande|dålig\p{L}*|usel|usla|uselt|hemsk\p{L}*|fruktansvärd\p{L}*|irriterande|"
        + @"frustrerande|besvikande";

    private const string Loaded =
        @"fantastisk\p{L}*|underbar\p{L}*|prisbelönt\p{L}*|prisvinnande|fenomenal\p{L}*|otrolig\p{L}*|suverän\p{L}*|enastående|"
        + @"förstklassig\p{L}*|magnifik\p{L}*|strålande|härlig\p{L}*|superbra|grym(?:ma|t)?|världsklass|oslagbar\p{L}*|makalös\p{L}*|"
        + @"utmärkt\p{L}*|fruktansvärd\p{L}*|usla|usel|uselt|urusel\p{L}*|värdelös\p{L}*|irriterande|frustrerande|katastrofal\p{L}*|hemsk\p{L}*|generös\p{L}*|plågsam\p{L}*|pinsam\p{L}*|löjlig\p{L}*|skamlig\p{L}*";

    public static LanguageRules Rules { get; } = new(
        "sv",
        [
            // Leading: negative questions ("Håller du inte med om att ..."), most specific first.
            new(LintCodes.Leading,
                Compile($@"{SentenceStart}(?<span>(?<v>håller|tycker|anser|instämmer|skulle|tror|känner|menar)\s+(?:du|ni)\s+inte)\b{Rest}"),
                LintMessages.NegativeQuestion,
                Rewrites.ToWhatDegree("I vilken grad", "du")),
            new(LintCodes.Leading,
                Compile($@"{SentenceStart}(?!{QuestionWord})(?<span>(?<v>\p{{L}}+)\s+(?!det\s+n[åo]g|någon|något|några)(?<mid>(?:\p{{L}}+\s+){{0,2}}?)inte)\b(?<rest>[^?.!]*)\?"),
                LintMessages.NegativeQuestion,
                Rewrites.Template("${v} ${mid}${rest}?")),
            new(LintCodes.Leading,
                Compile(@",\s*(?<span>eller\s+hur|inte\s+sant|visst|va|väl|eller)\s*\?"),
                LintMessages.TagQuestion),
            new(LintCodes.Leading,
                Compile($@"{SentenceStart}(?<span>visst)\b"),
                LintMessages.Presumption),
            new(LintCodes.Leading,
                Compile($@"{SentenceStart}(?!{QuestionWord})(?:\p{{L}}+\s+){{1,4}}?(?:är|var|blir|blev|har|hade|kommer|går|gick|kan|ska|skulle|fungerar|fungerade)\s+(?<span>väl)\b[^?.!]*\?"),
                LintMessages.Presumption),
            new(LintCodes.Leading,
                Compile(@"\b(?<span>självklart|givetvis|naturligtvis|uppenbarligen)\b"),
                LintMessages.Presumption),
            new(LintCodes.Leading,
                Compile(@"\b(?<span>(?:de\s+flesta|många|majoriteten\s+av|nästan\s+alla|tusentals)\s+(?:av\s+)?(?:våra\s+)?(?:kund|användar|gäst|besökar|deltagar|medarbetar|kolleg|medlem|person|människ)\p{L}*)\s+(?:älskar|gillar|uppskattar|föredrar|rekommenderar|är\s+(?:nöjda|glada|förtjusta)|tycker|säger|anser|håller\s+med)\b"),
                LintMessages.Bandwagon),
            new(LintCodes.Leading,
                Compile($@"{ClauseStart}(?<span>hur\s+(?:{Evaluative}))\s+(?:var|är|blev|har\s+varit)\s+{Rest}"),
                LintMessages.EvaluativeHow,
                Rewrites.Template("Hur skulle du bedöma ${rest}?")),
            new(LintCodes.Leading,
                Compile($@"{SentenceStart}(?<span>(?:håller|instämmer)\s+(?:du|ni)(?:\s+med)?|skulle\s+(?:du|ni)\s+(?:hålla\s+med|instämma))(?!\s+eller)\b(?<rest>[^?.!]*)\??"),
                LintMessages.AgreeYesNo,
                m => $"I vilken grad håller du med{m.Groups["rest"].Value}?"),

            // Assumptions of a positive experience.
            new(LintCodes.Assumption,
                Compile($@"{ClauseStart}(?<span>hur\s+mycket\s+(?:uppskattade|gillade|älskade|tyckte|njöt|värdesatte)\s+(?:du|ni)(?:\s+(?:om|av))?)\s+{Rest}"),
                LintMessages.AssumedPositive,
                Rewrites.Template("Hur skulle du bedöma ${rest}?")),
            new(LintCodes.Assumption,
                Compile($@"{ClauseStart}(?<span>vad\s+(?:älskade|njöt)\s+(?:du|ni)(?:\s+av)?)(?:\s+(?:allra\s+)?mest)?\s+(?:med|i|på|av|hos)\s+{Rest}"),
                LintMessages.AssumedPositive,
                Rewrites.Template("Vad tyckte du var bra eller mindre bra med ${rest}?")),
            new(LintCodes.Assumption,
                Compile(@"(?<=^\s*|[.!?:,;]\s+)hur\s+har\s+(?<subj>[^?.!]{1,60}?)\s+(?:förbättrat|hjälpt|underlättat|förenklat|gynnat)\b(?<rest>[^?.!]*)\??"),
                LintMessages.AssumedPositive,
                Rewrites.Template("Vilken effekt, om någon, har ${subj} haft på${rest}?")),
            new(LintCodes.Assumption,
                Compile($@"{ClauseStart}(?<span>hur\s+mycket(?:\s+(?:pengar|tid))?\s+(?:har|hade)\s+[^?.!]{{1,60}}?\s+(?:sparat|tjänat))\b"),
                LintMessages.AssumedPositive),
            new(LintCodes.Assumption,
                Compile($@"{ClauseStart}(?<span>varför\s+föredrar\s+(?:du|ni))\b"),
                LintMessages.AssumedPreference),
            new(LintCodes.Assumption,
                Compile($@"{ClauseStart}(?<span>vad\s+gör\s+(?:oss|det|vår\s+\p{{L}}+|vårt\s+\p{{L}}+)\s+så\s+(?:bra|speciell\p{{L}}*|unik\p{{L}}*))"),
                LintMessages.AssumedPositive),

            // Negations.
            new(LintCodes.NegativeWording,
                Compile(@"\b(?<span>(?:inte|ej|aldrig)\s+(?<mid>(?:\p{L}+\s+)?)(?:o|miss|ir)(?<stem>trevlig|vänlig|tydlig|nöjd|hjälpsam|användbar|relevant|rimlig|bekväm|säker|professionell|begriplig|intressant|viktig|lämplig|smidig|pålitlig|artig|effektiv|korrekt|tillfredsställande|trolig|sannolik|enkel)(?<suf>\p{L}{0,3}))\b"),
                LintMessages.DoubleNegation,
                Rewrites.Template(" ${mid}${stem}${suf}")),
            new(LintCodes.NegativeWording,
                Compile(@"\b(?<span>(?:inte|ej)\s+utan)\b"),
                LintMessages.DoubleNegation),
            new(LintCodes.NegativeWording, Compile(@"\b(?<span>inte|ej|aldrig)\b"), LintMessages.NegatedStatement, Rewrites.Remove)
            {
                StatementsOnly = true,
            },

            new(LintCodes.Loaded, Compile($@"\b(?<span>{Loaded})\b\s*"), LintMessages.LoadedWord, Rewrites.Remove),

            new(LintCodes.Absolute,
                Compile($@"{SentenceStart}(?!{QuestionWord})(?<verb>\p{{L}}+)\s+(?<mid>(?:\p{{L}}+\s+){{0,3}}?)(?<span>alltid|aldrig)\s+(?<rest>[^?.!]*)\?"),
                LintMessages.AbsoluteWord,
                Rewrites.HowOften("Hur ofta")),
            new(LintCodes.Absolute,
                Compile(@"\b(?<span>alltid|aldrig|varje|varenda|alla|samtliga|ingen\s+någonsin)\b"),
                LintMessages.AbsoluteWord),

            new(LintCodes.Jargon, Compile(@"\b(?<span>omnikanal|omni-?channel-?)(?<rest>\p{L}*)"), LintMessages.JargonWord, Rewrites.Template("helhets${rest}")),
            new(LintCodes.Jargon, Compile(@"(?:\bvårt\s+)?\b(?<span>(?-i:SLA))\b"), LintMessages.JargonWord, Rewrites.Template("vår utlovade svarstid")),
            new(LintCodes.Jargon, Compile(@"\b(?<span>onboarding)(?<suf>en)?\b"), LintMessages.JargonWord, Rewrites.Template("introduktion${suf}")),
            new(LintCodes.Jargon, Compile(@"\b(?<span>fulfill?ment)(?:-?process\p{L}*)?"), LintMessages.JargonWord, Rewrites.Template("orderhantering")),
            new(LintCodes.Jargon, Compile(@"\b(?<span>(?-i:CX))\b"), LintMessages.JargonWord, Rewrites.Template("kundupplevelsen")),
            new(LintCodes.Jargon, Compile(@"\b(?<span>(?-i:UX))\b"), LintMessages.JargonWord, Rewrites.Template("användarvänligheten")),
            new(LintCodes.Jargon, Compile(@"\b(?<span>(?-i:POS))\b"), LintMessages.JargonWord, Rewrites.Template("kassan")),
            new(LintCodes.Jargon,
                Compile(@"\b(?<span>(?-i:NPS|CSAT|CES|KPI|SKU|CRM|ERP|LMS|FCR|AHT|RMA|B2B|B2C)|touchpoint\p{L}*|kontaktpunkt\p{L}*|last\s+mile|churn\p{L}*|upsell\p{L}*|merförsäljning\p{L}*|kundresa\p{L}*|leveransprecision\p{L}*|ledtid\p{L}*|stakeholder\p{L}*|eskalering\p{L}*)"),
                LintMessages.JargonWord),
        ],
        new PairRules(
            ["och", "samt", "&"],
            new StemList(
            [
                "snabb", "trevlig", "vänlig", "hjälpsam", "enkel", "enkl", "lätt", "tydlig", "kunnig", "professionell", "artig", "pålitlig",
                "effektiv", "smidig", "användbar", "relevant", "prisvärd", "bekväm", "ren", "fräsch", "säker", "punktlig", "begriplig",
                "engagerande", "intressant", "trygg", "modern", "välkomnande", "lyhörd", "tålmodig", "korrekt", "rimlig", "billig",
                "inspirerande", "givande", "lärorik", "informativ", "strukturerad", "välorganiserad", "tillgänglig", "flexibel", "tillmötesgående",
                "kompetent", "noggrann", "pedagogisk", "förberedd", "förberett", "ärlig",
            ], 3),
            new StemList(
            [
                "leverans", "pris", "kvalitet", "service", "personal", "support", "produkt", "sortiment", "webbplats", "hemsida", "app",
                "kassa", "förpackning", "retur", "kommunikation", "kursledare", "utbildare", "innehåll", "material", "kurs", "butik", "frakt",
                "betalning", "information", "väntetid", "bemötande", "snabbhet", "vänlighet", "hjälpsamhet", "renlighet", "städning",
                "skyltning", "hjälp", "utbud", "kundtjänst", "lokal", "parkering", "öppettid", "stämning", "atmosfär", "mat", "meny",
                "tempo", "struktur", "övning", "pedagogik", "tillgänglighet", "leveranstid", "hantering", "kunskap", "kompetens",
                "montering", "installation", "rådgivning", "utbildning", "presentation", "noggrannhet", "precision", "säkerhet", "trygghet", "flexibilitet",
            ], 5),
            ["den", "det", "de", "en", "ett", "vår", "vårt", "våra", "din", "ditt", "dina", "er", "ert", "era", "dess", "deras", "mycket", "väldigt", "hur"],
            [
                "produkter och tjänster", "varor och tjänster", "mat och dryck", "för- och nackdelar", "regler och villkor", "frågor och svar",
                "villkor och bestämmelser", "klicka och hämta", "vänner och familj", "familj och vänner",
            ],
            Compile(@"(?<conj>(?:,\s*)?\boch)\s+(?:var|är|fanns|finns|hur|vad|varför|vilken|vilket|skulle|kommer|hade|har|kunde|blev|fick)\s+(?:det|du|den|de|ni|vi|han|hon|din|ditt|dina|vår|vårt|våra)\b")),
        new ScaleLexicon(
            Positive: ["bra", "utmärkt", "nöjd", "instämmer", "lätt", "enkel", "enkl", "troligt", "trolig", "sannolik", "användbar", "tydlig",
                "hjälpsam", "god", "gott", "toppen", "perfekt", "fantastisk", "relevant", "positiv", "bättre", "bäst", "värdefull", "viktig"],
            Negative: ["dålig", "missnöjd", "otillfreds", "svår", "otydlig", "osannolik", "usel", "usl", "oanvändbar", "irrelevant",
                "negativ", "sämre", "sämst", "oviktig", "värdelös", "avstånd"],
            Neutral: ["varken", "neutral", "okej", "ok", "godtagbar", "medel", "sådär", "acceptabel", "både"],
            Negations: ["inte", "ej", "ingen", "icke"],
            DontKnow: ["vet ej", "vet inte", "ingen åsikt", "ej aktuellt", "inte aktuellt", "osäker", "kan inte svara", "vill inte svara", "ej tillämpligt"],
            YesNo: ["ja", "nej"],
            OpinionYesNo: Compile(@"^\s*(?:(?:tror|tycker|anser|förväntar|planerar|tänker)\s+(?:du|ni)|kommer\s+(?:du|ni)\s+att|skulle\s+(?:du|ni)|vill\s+(?:du|ni))\b")),
        new Dictionary<string, string>
        {
            [LintCodes.Leading] = "Fråga utan att antyda ett svar, t.ex. \"Hur skulle du bedöma …?\"",
            [LintCodes.Loaded] = "Beskriv saken neutralt, t.ex. \"Hur skulle du bedöma vår kundtjänst?\"",
            [LintCodes.Assumption] = "Fråga först om, sedan varför, t.ex. \"Vilket alternativ föredrar du, om något, och varför?\"",
            [LintCodes.DoubleBarrelled] = "Ställ en fråga för varje sak.",
            [LintCodes.Absolute] = "Fråga hur ofta, eller om senaste tillfället, t.ex. \"Hur ofta …?\" eller \"Senast du …, var …?\"",
            [LintCodes.NegativeWording] = "Formulera positivt, t.ex. \"Instruktionerna var tydliga.\"",
            [LintCodes.Jargon] = "Använd kundernas egna ord, eller skriv ut begreppet.",
            [LintCodes.TooLong] = "Stryk inledningen och behåll en kort mening, t.ex. \"Hur skulle du bedöma …?\"",
            [LintCodes.UnlabeledScale] = "Sätt etiketter på båda ändarna, t.ex. \"Mycket dåligt\" och \"Mycket bra\".",
            [LintCodes.UnbalancedScale] = "Använd lika många negativa som positiva steg kring en mitt: Mycket dåligt, Dåligt, Varken bra eller dåligt, Bra, Mycket bra.",
            [LintCodes.MissingNeutralOption] = "Lägg till ett mittenalternativ, t.ex. \"Varken nöjd eller missnöjd\".",
            [LintCodes.MissingDontKnow] = "Lägg till alternativet \"Vet inte\".",
        });
}
