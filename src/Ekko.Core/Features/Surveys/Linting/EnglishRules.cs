using System.Text.RegularExpressions;
using static Ekko.Core.Features.Surveys.Linting.Patterns;

namespace Ekko.Core.Features.Surveys.Linting;

/// <summary>English wording rules; also used for languages the linter does not know.</summary>
internal static class EnglishRules
{
    private const string Evaluative =
        "great|amazing|fantastic|wonderful|excellent|awesome|brilliant|superb|outstanding|incredible|good|fabulous|marvell?ous|"
        + "terrific|lovely|delightful|perfect|impressive|bad|terrible|awful|horrible|poor|annoying|frustrating|disappointing|dreadful";

    private const string Loaded =
        "amazing|fantastic|wonderful|excellent|awesome|brilliant|superb|outstanding|incredible|exceptional|award[- ]winning|"
        + "world[- ]class|best[- ]in[- ]class|state[- ]of[- ]the[- ]art|unbeatable|beloved|stunning|fabulous|marvell?ous|spectacular|"
        + "phenomenal|first[- ]class|top[- ]notch|legendary|unrivall?ed|terrible|awful|horrible|dreadful|useless|annoying|frustrating|"
        + "pathetic|ridiculous|lousy|horrendous|appalling|disastrous|generous|painfully|ridiculously|unbelievably|shockingly|horribly|"
        + "terribly|disgraceful|embarrassingly";

    private const string Auxiliary = "do|does|did|is|are|was|were|would|will|could|should|have|has|had|can";

    public static LanguageRules Rules { get; } = new(
        "en",
        [
            // Leading: negative questions that expect agreement, most specific first.
            new(LintCodes.Leading,
                Compile($@"{SentenceStart}(?<span>(?:(?:don['’]t|wouldn['’]t|won['’]t|can['’]t|didn['’]t)\s+you|(?:do|would)\s+you\s+not)\s+(?:agree|think|say|feel|believe))(?:\s+(?:with\s+(?:me|us)\s+)?that)?\s*{Rest}"),
                LintMessages.NegativeQuestion,
                Rewrites.Template("To what extent do you agree or disagree that ${rest}?")),
            new(LintCodes.Leading,
                Compile($@"{SentenceStart}(?<span>(?<aux>do|does|did|is|are|was|were|would|will|could|should|have|has|had|ca|wo)n['’]t)\b(?<rest>[^?.!]*)\?"),
                LintMessages.NegativeQuestion,
                m => PositiveAuxiliary(m.Groups["aux"].Value) + m.Groups["rest"].Value + "?"),
            new(LintCodes.Leading,
                Compile($@"{SentenceStart}(?<span>(?<aux>{Auxiliary})\s+(?!there\b|anything\b|something\b|any\b)(?<mid>(?:\p{{L}}+\s+){{1,2}}?)not)\b(?<rest>[^?.!]*)\?"),
                LintMessages.NegativeQuestion,
                Rewrites.Template("${aux} ${mid}${rest}?")),
            new(LintCodes.Leading,
                Compile(@",\s*(?<span>(?:(?:is|was|are|were|does|did|do|would|will|could|ca|wo|has|have)n['’]t\s+(?:it|they|you|we|he|she|there|that|this))|right|correct|true)\s*\?"),
                LintMessages.TagQuestion),
            new(LintCodes.Leading,
                Compile(@"\b(?<span>surely|of course|obviously|undoubtedly)\b"),
                LintMessages.Presumption),
            new(LintCodes.Leading,
                Compile(@"\b(?<span>(?:most|many|(?:the\s+)?majority\s+of|(?:nearly|almost)\s+all|thousands\s+of)\s+(?:of\s+)?(?:our\s+)?(?:customers|people|users|guests|shoppers|participants|employees|colleagues|members|visitors|clients|patients|students))\s+(?:love|like|enjoy|prefer|recommend|are\s+(?:happy|satisfied|delighted)|say|think|agree|rate|find)\b"),
                LintMessages.Bandwagon),
            new(LintCodes.Leading,
                Compile($@"{ClauseStart}(?<span>how\s+(?:{Evaluative}))\s+(?:was|were|is|are|has\s+been|have\s+been)\s+{Rest}"),
                LintMessages.EvaluativeHow,
                m => m.Groups["rest"].Value.StartsWith("it ", StringComparison.OrdinalIgnoreCase)
                    ? "How would you rate your experience?"
                    : m.Result("How would you rate ${rest}?")),
            new(LintCodes.Leading,
                Compile($@"{SentenceStart}(?<span>(?:do|would)\s+you\s+agree)(?!\s+or\s+disagree)(?<that>\s+that)?\s*{Rest}"),
                LintMessages.AgreeYesNo,
                m => "To what extent do you agree or disagree" + (m.Groups["that"].Success ? " that " : " ") + m.Groups["rest"].Value + "?"),

            // Assumptions of a positive experience.
            new(LintCodes.Assumption,
                Compile($@"{ClauseStart}(?<span>how\s+much\s+did\s+you\s+(?:enjoy|love|like|appreciate|adore|value))\s+{Rest}"),
                LintMessages.AssumedPositive,
                Rewrites.Template("How would you rate ${rest}?")),
            new(LintCodes.Assumption,
                Compile($@"{ClauseStart}(?<span>what\s+did\s+you\s+(?:love|enjoy|adore))(?:\s+(?:the\s+)?most)?\s+(?:about|in|with)\s+{Rest}"),
                LintMessages.AssumedPositive,
                Rewrites.Template("What, if anything, did you like or dislike about ${rest}?")),
            new(LintCodes.Assumption,
                Compile(@"(?<=^\s*|[.!?:,;]\s+)how\s+(?<aux>has|have)\s+(?<subj>[^?.!]{1,60}?)\s+(?:improved|helped|benefit+ed|simplified|enhanced)\b(?<rest>[^?.!]*)\??"),
                LintMessages.AssumedPositive,
                Rewrites.Template("What effect, if any, ${aux} ${subj} had on${rest}?")),
            new(LintCodes.Assumption,
                Compile(@"(?<=^\s*|[.!?:,;]\s+)how\s+much\s+did\s+(?<subj>[^?.!]{1,60}?)\s+(?:improve|help|benefit)\b(?:\s+(?:you\s+)?(?:with|in|to))?(?<rest>[^?.!]*)\??"),
                LintMessages.AssumedPositive,
                Rewrites.Template("What effect, if any, did ${subj} have on${rest}?")),
            new(LintCodes.Assumption,
                Compile($@"{ClauseStart}(?<span>how\s+much(?:\s+(?:money|time))?\s+(?:has|have|did)\s+[^?.!]{{1,60}}?\s+(?:saved?|earned?))\b"),
                LintMessages.AssumedPositive),
            new(LintCodes.Assumption,
                Compile($@"{ClauseStart}(?<span>why\s+do\s+you\s+prefer)\b"),
                LintMessages.AssumedPreference),
            new(LintCodes.Assumption,
                Compile($@"{ClauseStart}(?<span>what\s+makes\s+(?:us|it|our\s+\p{{L}}+)\s+(?:so\s+)?(?:great|good|special|unique|better|the\s+best))"),
                LintMessages.AssumedPositive),

            // Negations: a double negation anywhere, a plain "not" in a statement to agree with.
            new(LintCodes.NegativeWording,
                Compile(@"(?<span>(?:\bnot|\bnever|n['’]t)\s+(?<mid>(?:\p{L}+\s+)?)(?:un|dis|in|im|ir|il)(?<stem>friendly|helpful|clear|satisfied|happy|likely|pleasant|reasonable|necessary|available|important|useful|relevant|interested|polite|patient|correct|complete|convenient|efficient|competent|accurate|adequate|sufficient|appropriate|agree|like|pleased|appointed|organi[sz]ed|responsible|regular|practical|possible|professional|comfortable|fair|true|acceptable|easy|kind|welcoming|safe|willing)\b)"),
                LintMessages.DoubleNegation,
                Rewrites.Template(" ${mid}${stem}")),
            new(LintCodes.NegativeWording,
                Compile(@"\b(?<span>not\s+without)\b"),
                LintMessages.DoubleNegation),
            new(LintCodes.NegativeWording,
                Compile(@"(?<span>\bnot\b|\bnever\b|\b(?<aux>\p{L}+)n['’]t\b)"),
                LintMessages.NegatedStatement,
                m => m.Groups["aux"].Success ? " " + PositiveAuxiliary(m.Groups["aux"].Value) : " ")
            {
                StatementsOnly = true,
            },

            // Loaded words describing the thing being rated.
            new(LintCodes.Loaded, Compile($@"\b(?<span>{Loaded})\b\s*"), LintMessages.LoadedWord, Rewrites.Remove),
            new(LintCodes.Loaded,
                Compile(@"\b(?<det>our|the|this|these|your)\s+(?<span>great|lovely|beautiful)\s+"),
                LintMessages.LoadedWord,
                Rewrites.Template("${det} ")),

            // Absolutes; yes/no questions with always/never become "how often" questions.
            new(LintCodes.Absolute,
                Compile($@"{SentenceStart}(?<verb>{Auxiliary})\s+(?<mid>(?:\p{{L}}+\s+){{0,3}}?)(?<span>always|never)\s+(?<rest>[^?.!]*)\?"),
                LintMessages.AbsoluteWord,
                Rewrites.HowOften("How often")),
            new(LintCodes.Absolute,
                Compile(@"(?<!\b(?:at|in|above|after|of)\s)\b(?<span>always|never|every(?:one|body)?|each\s+and\s+every|all(?!\s+in\s+all\b|\s+things\s+considered\b)|nobody|no\s+one)\b"),
                LintMessages.AbsoluteWord),

            // Jargon: known terms with plain replacements, then terms that need rephrasing.
            new(LintCodes.Jargon, Compile(@"\b(?<span>omni-?channel)\b"), LintMessages.JargonWord, Rewrites.Template("overall")),
            new(LintCodes.Jargon, Compile(@"(?:\bour\s+)?\b(?<span>(?-i:SLAs?))\b"), LintMessages.JargonWord, Rewrites.Template("our promised response time")),
            new(LintCodes.Jargon, Compile(@"\b(?<span>onboarding)\b"), LintMessages.JargonWord, Rewrites.Template("setup")),
            new(LintCodes.Jargon, Compile(@"(?:\border\s+)?\b(?<span>fulfill?ment)\b"), LintMessages.JargonWord, Rewrites.Template("order handling")),
            new(LintCodes.Jargon, Compile(@"\b(?<span>(?-i:CX))\b"), LintMessages.JargonWord, Rewrites.Template("customer experience")),
            new(LintCodes.Jargon, Compile(@"\b(?<span>(?-i:UX))\b"), LintMessages.JargonWord, Rewrites.Template("ease of use")),
            new(LintCodes.Jargon, Compile(@"\b(?<span>(?-i:POS))\b"), LintMessages.JargonWord, Rewrites.Template("checkout")),
            new(LintCodes.Jargon,
                Compile(@"\b(?<span>(?-i:NPS|CSAT|CES|KPIs?|SKUs?|CRM|ERP|LMS|FCR|AHT|RMA|B2B|B2C|D2C)|touch-?points?|last[- ]mile|first[- ]contact[- ]resolution|churn|upsell(?:ing)?|cross-sell(?:ing)?|stakeholders?|deliverables?|synerg(?:y|ies)|self-serve|ticketing\s+system|escalation)\b"),
                LintMessages.JargonWord),
        ],
        new PairRules(
            ["and", "&"],
            new StemList(
            [
                "fast", "quick", "quickly", "friendly", "helpful", "easy", "easily", "clear", "clearly", "polite", "politely", "knowledgeable",
                "professional", "professionally", "accurate", "reliable", "simple", "useful", "relevant", "efficient", "efficiently",
                "affordable", "convenient", "courteous", "responsive", "informative", "engaging", "tidy", "clean", "fresh", "safe", "secure",
                "smooth", "intuitive", "competent", "punctual", "timely", "cheap", "nice", "pleasant", "comfortable", "modern", "attractive",
                "interesting", "enjoyable", "well-organised", "well-organized", "organised", "organized", "welcoming", "attentive", "patient",
                "respectful", "fair", "reasonable", "transparent", "understandable", "knowledgable", "inspiring", "practical", "thorough", "prepared", "secure", "honest", "flexible",
            ], 2),
            new StemList(
            [
                "price", "prices", "pricing", "quality", "delivery", "deliveries", "service", "staff", "support", "product", "selection",
                "range", "website", "site", "app", "checkout", "packaging", "return", "returns", "refund", "communication", "instructor",
                "trainer", "teacher", "content", "material", "course", "store", "shop", "shipping", "payment", "information", "speed",
                "friendliness", "helpfulness", "cleanliness", "layout", "time", "help", "advice", "assortment", "availability", "value",
                "design", "usability", "navigation", "location", "parking", "atmosphere", "food", "menu", "room", "facilities", "pace",
                "structure", "exercises", "presentation", "taste", "freshness", "durability", "fit", "comfort", "signage", "accessibility",
                "professionalism", "knowledge", "competence", "politeness", "accuracy", "reliability", "installation", "assembly", "precision", "honesty", "flexibility", "security", "safety",
            ], 1),
            ["the", "a", "an", "our", "your", "its", "their", "his", "her", "very", "really", "how", "overall"],
            [
                "terms and conditions", "products and services", "goods and services", "food and drink", "food and drinks",
                "health and safety", "pros and cons", "questions and answers", "click and collect", "bed and breakfast",
                "research and development", "friends and family", "family and friends", "time and attendance",
            ],
            Compile(@"(?<conj>(?:,\s*)?\band)\s+(?:was|were|is|are|did|do|does|would|will|could|how|what|why|which)\s+(?:it|you|they|the|we|there|this|that|he|she|your|our)\b")),
        new ScaleLexicon(
            Positive: ["good", "excellent", "great", "satisfied", "happy", "agree", "easy", "likely", "useful", "clear", "helpful", "outstanding",
                "superb", "perfect", "pleased", "fantastic", "amazing", "relevant", "positive", "better", "best", "valuable", "important"],
            Negative: ["poor", "bad", "dissatisf", "unsatisf", "unhappy", "disagree", "difficult", "hard", "unlikely", "useless", "unclear",
                "terrible", "awful", "unhelpful", "negative", "worse", "worst", "irrelevant", "unimportant"],
            Neutral: ["neutral", "neither", "fair", "average", "ok", "okay", "acceptable", "so-so", "moderate", "mixed", "undecided"],
            Negations: ["not", "no"],
            DontKnow: ["don't know", "dont know", "do not know", "not sure", "unsure", "n/a", "not applicable", "no opinion", "can't say",
                "cannot say", "prefer not", "don’t know"],
            YesNo: ["yes", "no"],
            OpinionYesNo: Compile(@"^\s*(?:(?:do|does)\s+you\s+(?:think|believe|feel|expect|plan|intend)|(?:will|would)\s+you|are\s+you\s+(?:planning|likely|going)|is\s+it\s+likely)\b")),
        new Dictionary<string, string>
        {
            [LintCodes.Leading] = "Ask without hinting at an answer, e.g. \"How would you rate …?\"",
            [LintCodes.Loaded] = "Describe the thing plainly, e.g. \"How would you rate our customer service?\"",
            [LintCodes.Assumption] = "Ask whether before asking how much or why, e.g. \"Which do you prefer, if any, and why?\"",
            [LintCodes.DoubleBarrelled] = "Ask one question for each thing.",
            [LintCodes.Absolute] = "Ask how often, or about the latest occasion, e.g. \"How often …?\" or \"The last time you …, did …?\"",
            [LintCodes.NegativeWording] = "Say it positively, e.g. \"The instructions were clear.\"",
            [LintCodes.Jargon] = "Use the words your customers use, or spell the term out.",
            [LintCodes.TooLong] = "Cut the preamble and keep one short sentence, e.g. \"How would you rate …?\"",
            [LintCodes.UnlabeledScale] = "Label both ends, e.g. \"Very poor\" and \"Very good\".",
            [LintCodes.UnbalancedScale] = "Use as many negative as positive points around a middle: Very poor, Poor, Neither good nor poor, Good, Very good.",
            [LintCodes.MissingNeutralOption] = "Add a middle option, e.g. \"Neither satisfied nor dissatisfied\".",
            [LintCodes.MissingDontKnow] = "Add a \"Don't know\" option.",
        });

    private static string PositiveAuxiliary(string auxiliary)
    {
        var positive = auxiliary.ToLowerInvariant() switch
        {
            "ca" => "can",
            "wo" => "will",
            "sha" => "shall",
            _ => auxiliary.ToLowerInvariant(),
        };
        return char.IsUpper(auxiliary[0]) ? Rewrites.Upper(positive) : positive;
    }
}
