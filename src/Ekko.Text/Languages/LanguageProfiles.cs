namespace Ekko.Text.Languages;

/// <summary>The closed-class word lists of Swedish, Norwegian (bokmål and common nynorsk forms), Danish and English.</summary>
public static class LanguageProfiles
{
    public static LanguageProfile Swedish { get; } = new()
    {
        Code = LanguageCodes.Swedish,
        Negators = LanguageProfile.Set("inte ej icke aldrig ingen inget inga utan knappast varken ingenting int"),
        NegationCancellers = LanguageProfile.Set("bara endast enbart minst"),
        Boosters = LanguageProfile.Boost(
            "mycket väldigt jätte extremt otroligt verkligen helt totalt riktigt sjukt super särskilt ytterst enormt galet oerhört grymt vansinnigt sinnessjukt så himla hur otroligt",
            "ganska lite något någorlunda relativt hyfsat nästan typ delvis aningen lagom"),
        PostNegationFillers = LanguageProfile.Set("det den dem de dom honom henne er dig mig oss ju alls heller riktigt längre direkt"),
        ContrastWords = LanguageProfile.Set("men dock fast ändå trots"),
        ClauseBreakers = LanguageProfile.Set("att som och eller eftersom när då fast medan tills innan utan"),
        IntensifierPrefixes = ["jätte", "super", "mega", "ultra", "kanon", "skit", "sjukt", "hyper", "svin", "as", "galet", "toppen"],
        FunctionWords = LanguageProfile.Set(
            "och inte jag är att det som för med på av till har var en ett men så mycket väldigt hade kom från efter också eller kan skulle när hur varför vad mig dig sig de dem om ingen inga aldrig redan fick blev lite nu här där än sen bara även ni er vi min mitt mina din ert hon han den detta denna dessa någon något några mer mest inget ej jätte nej ja tack ska vill måste kunde varit blivit gick fått köpte beställde hem vecka veckor dagar"),
        NegationFollowsVerb = true,
    };

    public static LanguageProfile Norwegian { get; } = new()
    {
        Code = LanguageCodes.Norwegian,
        Negators = LanguageProfile.Set("ikke ikkje ikk aldri ingen intet ingenting uten utan verken hverken neppe"),
        NegationCancellers = LanguageProfile.Set("bare berre kun minst"),
        Boosters = LanguageProfile.Boost(
            "veldig svært kjempe utrolig virkelig helt totalt skikkelig ekstremt enormt spesielt fryktelig kjempebra sinnsykt så jævlig drit super mega mykje mye altfor",
            "ganske litt noe nokså relativt delvis nesten temmelig lite"),
        PostNegationFillers = LanguageProfile.Set("det den dem de han henne meg deg oss dere jo i heller lenger helt egentlig noe"),
        ContrastWords = LanguageProfile.Set("men likevel allikevel derimot selv"),
        ClauseBreakers = LanguageProfile.Set("at som og eller fordi når da mens til før uten"),
        IntensifierPrefixes = ["kjempe", "super", "mega", "ultra", "drit", "rå", "hyper", "svine", "sinnsykt", "knall", "kanon", "topp"],
        FunctionWords = LanguageProfile.Set(
            "og ikke jeg er å det som for med på av til har var en et men så mye veldig hadde kom fra etter også eller kan skulle når hvordan hvorfor hva meg deg seg de dem om ingen aldri allerede fikk ble litt nå her der enn bare dere vi min mitt mine din hun han den dette disse noen noe mer mest nei ja takk skal vil må kunne vært blitt gikk fått kjøpte bestilte hjem uke uker dager ikkje eg ein eit kva korleis frå berre mykje sånn enda tilbake kjøpt riktig mottatt ut opp inn sa spurte svarte tok altfor"),
        NegationFollowsVerb = true,
    };

    public static LanguageProfile Danish { get; } = new()
    {
        Code = LanguageCodes.Danish,
        Negators = LanguageProfile.Set("ikke ik aldrig ingen intet ingenting uden hverken næppe"),
        NegationCancellers = LanguageProfile.Set("kun bare blot mindst"),
        Boosters = LanguageProfile.Boost(
            "meget virkelig rigtig utrolig utroligt helt totalt ekstremt enormt særdeles vildt sindssygt så mega super kæmpe pisse skide hamrende alt for altfor",
            "ret lidt noget nogenlunde relativt delvis næsten temmelig ganske"),
        PostNegationFillers = LanguageProfile.Set("det den dem de ham hende mig dig os jer jo i heller længere helt egentlig sgu"),
        ContrastWords = LanguageProfile.Set("men dog alligevel derimod selvom"),
        ClauseBreakers = LanguageProfile.Set("at som og eller fordi når da mens indtil før uden"),
        IntensifierPrefixes = ["kæmpe", "super", "mega", "ultra", "pisse", "skide", "møg", "hyper", "sindssygt", "kanon", "top", "lyn"],
        FunctionWords = LanguageProfile.Set(
            "og ikke jeg er at det som for med på af til har var en et men så meget havde kom fra efter også eller kan skulle når hvordan hvorfor hvad mig dig sig de dem om ingen aldrig allerede fik blev lidt nu her der end bare jer vi min mit mine din hun han den dette disse nogen noget mere mest nej ja tak skal vil må kunne været blevet gik fået købte bestilte hjem uge uger dage havde sådan endnu tilbage købt rigtig modtaget ud op ind sagde spurgte svarede jo sgu selvom tog"),
        NegationFollowsVerb = true,
    };

    public static LanguageProfile English { get; } = new()
    {
        Code = LanguageCodes.English,
        Negators = LanguageProfile.Set(
            "not no never none nothing nobody nowhere neither nor without cannot cant can't don't dont doesn't doesnt didn't didnt isn't isnt wasn't wasnt aren't arent weren't werent won't wont wouldn't wouldnt shouldn't shouldnt couldn't couldnt haven't havent hasn't hasnt hadn't hadnt ain't aint n't rarely seldom hardly"),
        NegationCancellers = LanguageProfile.Set("only just"),
        Boosters = LanguageProfile.Boost(
            "very really extremely absolutely completely totally highly incredibly so super especially utterly hugely fully most more truly deeply insanely seriously entirely exceptionally remarkably amazingly awfully terribly ridiculously way",
            "slightly somewhat fairly rather quite kinda kind sort sorta barely little bit partly partially almost marginally occasionally"),
        PostNegationFillers = LanguageProfile.Set(""),
        ContrastWords = LanguageProfile.Set("but however though although yet"),
        ClauseBreakers = LanguageProfile.Set("that which who and or because when while until before since"),
        IntensifierPrefixes = ["super", "mega", "ultra", "hyper"],
        FunctionWords = LanguageProfile.Set(
            "the and is was it to a of for my i not but very with this that you they have had were be been are on in at so no yes too just get got would could your our their what when why how which from after also or can should will did does do don't didn't it's i'm we he she them there here than then only one ordered order item"),
        NegationFollowsVerb = false,
    };

    public static LanguageProfile For(string code) => code switch
    {
        LanguageCodes.Swedish => Swedish,
        LanguageCodes.Norwegian => Norwegian,
        LanguageCodes.Danish => Danish,
        LanguageCodes.English => English,
        _ => throw new ArgumentException($"unsupported language '{code}'", nameof(code)),
    };
}
