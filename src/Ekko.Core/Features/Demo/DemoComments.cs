namespace Ekko.Core.Features.Demo;

internal enum Tone
{
    Positive,
    Mixed,
    Negative,
}

/// <summary>
/// Hand-written survey comments in Swedish, Norwegian (bokmål), Danish and English. Topics are the ids of
/// the default theme taxonomy (docs/formats.md), so text analytics can be checked against them. Story
/// comments belong to one planted story and are used only by the responses that story affects.
/// Placeholders: {product} (the product, in the definite form where the language has one), {days},
/// {minutes}, {store} (a store's city).
/// </summary>
internal static class DemoComments
{
    public sealed record Template(string Language, string Topic, Tone Tone, string? Story, string Text);

    public const string Price = "price";
    public const string Delivery = "delivery";
    public const string ProductQuality = "product_quality";
    public const string CustomerService = "customer_service";
    public const string WaitingTime = "waiting_time";
    public const string WebsiteApp = "website_app";
    public const string CheckoutPayment = "checkout_payment";
    public const string ReturnsRefunds = "returns_refunds";
    public const string StoreExperience = "store_experience";
    public const string MarketingCommunication = "marketing_communication";
    public const string LoyaltyProgram = "loyalty_program";

    public const string SpringSaleStory = "spring-sale";
    public const string SlowDeliveryStory = "slow-delivery";
    public const string CheckoutBugStory = "checkout-bug";

    public static readonly IReadOnlyList<Template> All = Build();

    /// <summary>Short openings and endings that vary the comments a little, by language and tone.</summary>
    public static readonly IReadOnlyDictionary<(string Language, Tone Tone), (string[] Prefixes, string[] Suffixes)> Frames =
        new Dictionary<(string, Tone), (string[], string[])>
        {
            [("sv", Tone.Positive)] = (["Toppen! ", "Tack! ", "Överlag mycket bra. "], [" Rekommenderas!", " Handlar gärna igen."]),
            [("sv", Tone.Negative)] = (["Besviken. ", "Inte nöjd. "], [" Handlar inte här igen.", " Hoppas ni skärper er."]),
            [("sv", Tone.Mixed)] = (["Helt okej. ", "Sådär. "], [" Annars bra."]),
            [("nb", Tone.Positive)] = (["Topp! ", "Takk! ", "Alt i alt veldig bra. "], [" Anbefales!", " Handler gjerne igjen."]),
            [("nb", Tone.Negative)] = (["Skuffet. ", "Ikke fornøyd. "], [" Handler ikke her igjen.", " Håper dere skjerper dere."]),
            [("nb", Tone.Mixed)] = (["Helt ok. ", "Sånn passe. "], [" Ellers bra."]),
            [("da", Tone.Positive)] = (["Super! ", "Tak! ", "Alt i alt rigtig godt. "], [" Kan anbefales!", " Handler gerne igen."]),
            [("da", Tone.Negative)] = (["Skuffet. ", "Ikke tilfreds. "], [" Handler ikke her igen.", " Håber I tager jer sammen."]),
            [("da", Tone.Mixed)] = (["Helt ok. ", "Sådan middel. "], [" Ellers fint."]),
            [("en", Tone.Positive)] = (["Great! ", "Thanks! ", "Very good overall. "], [" Recommended!", " Will shop again."]),
            [("en", Tone.Negative)] = (["Disappointed. ", "Not happy. "], [" Won't shop here again.", " Please sort this out."]),
            [("en", Tone.Mixed)] = (["All right. ", "So-so. "], [" Otherwise fine."]),
        };

    private static List<Template> Build()
    {
        var all = new List<Template>();

        void Add(string language, Tone tone, string topic, params string[] texts) =>
            all.AddRange(texts.Select(t => new Template(language, topic, tone, null, t)));

        void Story(string language, Tone tone, string story, string topic, params string[] texts) =>
            all.AddRange(texts.Select(t => new Template(language, topic, tone, story, t)));

        // Swedish
        Add("sv", Tone.Positive, Price, "Bra pris och snabb leverans, precis som det ska vara.", "Billigaste priset jag hittade på {product}, och ändå bra service.");
        Add("sv", Tone.Positive, Delivery, "Paketet kom redan dagen efter, smidigt!", "Snabb leverans och bra spårning hela vägen.");
        Add("sv", Tone.Positive, ProductQuality, "{product} håller hög kvalitet och fungerar perfekt.", "Mycket nöjd med {product}, precis som beskrivningen.");
        Add("sv", Tone.Positive, CustomerService, "Kundtjänsten var supertrevlig och löste mitt problem direkt.", "Kunnig personal i telefon som verkligen hjälpte mig att välja rätt.");
        Add("sv", Tone.Positive, WaitingTime, "Kom fram till kundtjänst på bara {minutes} minuter, bra jobbat.");
        Add("sv", Tone.Positive, WebsiteApp, "Lätt att hitta rätt på hemsidan och sökningen fungerar bra.", "Appen är smidig, jag beställde på några minuter.");
        Add("sv", Tone.Positive, CheckoutPayment, "Enkelt att betala med Swish, det gick snabbt.");
        Add("sv", Tone.Positive, ReturnsRefunds, "Returen var enkel och pengarna kom tillbaka inom några dagar.");
        Add("sv", Tone.Positive, StoreExperience, "Trevligt bemötande i butiken i {store}, jag fick bra råd.");
        Add("sv", Tone.Positive, MarketingCommunication, "Nyhetsbrevet har faktiskt bra erbjudanden, jag köpte {product} tack vare det.");
        Add("sv", Tone.Positive, LoyaltyProgram, "Klubbpoängen gav mig en fin rabatt, uppskattas!");
        Add("sv", Tone.Negative, Price, "För dyrt jämfört med andra butiker.");
        Add("sv", Tone.Negative, Delivery, "Leveransen tog {days} dagar trots att det stod 1–3 dagar.", "Paketet var skadat när det kom fram.");
        Add("sv", Tone.Negative, ProductQuality, "{product} slutade fungera efter två veckor.", "Dålig kvalitet, det kändes billigt.");
        Add("sv", Tone.Negative, CustomerService, "Kundtjänsten gav olika svar varje gång jag ringde.", "Ingen i chatten kunde svara på min fråga om garantin.");
        Add("sv", Tone.Negative, WaitingTime, "Fick vänta {minutes} minuter i telefonkö, helt orimligt.", "Det tog tre dagar att få svar på mitt mejl.");
        Add("sv", Tone.Negative, WebsiteApp, "Hemsidan är rörig och sökningen hittar fel produkter.", "Appen kraschar hela tiden när jag försöker logga in.");
        Add("sv", Tone.Negative, CheckoutPayment, "Krångligt i kassan, jag fick fylla i allt två gånger.");
        Add("sv", Tone.Negative, ReturnsRefunds, "Returen var krånglig och jag väntar fortfarande på pengarna.");
        Add("sv", Tone.Negative, StoreExperience, "Personalen i butiken i {store} hade ingen koll alls.");
        Add("sv", Tone.Negative, MarketingCommunication, "Alldeles för många mejl, jag avregistrerar mig.");
        Add("sv", Tone.Negative, LoyaltyProgram, "Klubbpoängen går ut innan man hinner använda dem.");
        Add("sv", Tone.Mixed, Price, "Okej pris men inget speciellt.");
        Add("sv", Tone.Mixed, Delivery, "Leveransen var okej, men spårningen kunde vara tydligare.");
        Add("sv", Tone.Mixed, ProductQuality, "{product} fungerar bra, men manualen var dålig.");
        Add("sv", Tone.Mixed, CustomerService, "Trevlig personal, men det tog lite tid att få hjälp.");
        Add("sv", Tone.Mixed, WaitingTime, "Kön var lite lång men de löste det till slut.");
        Add("sv", Tone.Mixed, WebsiteApp, "Hemsidan funkar, men filtren kunde vara bättre.");
        Add("sv", Tone.Mixed, CheckoutPayment, "Betalningen gick bra, men jag saknar fler betalsätt.");
        Add("sv", Tone.Mixed, ReturnsRefunds, "Returen gick bra, men det tog ett tag innan pengarna kom.");
        Add("sv", Tone.Mixed, StoreExperience, "Bra utbud i butiken men få kassor öppna.");
        Add("sv", Tone.Mixed, MarketingCommunication, "Erbjudandena är okej men mejlen blir lite många.");
        Add("sv", Tone.Mixed, LoyaltyProgram, "Klubben är okej, men förmånerna kunde vara bättre.");
        Story("sv", Tone.Negative, SpringSaleStory, MarketingCommunication,
            "Annonsen lovade upp till 50 % rabatt men i kassan drogs bara 10 % av. Känns som ett lurendrejeri.",
            "Vårreans erbjudande gällde inte när jag skulle betala. Vilseledande reklam!",
            "Ringde kundtjänst om rabatten som inte drogs, de sa bara att villkoren stod i det finstilta.",
            "Lockpris på {product} som inte fanns i verkligheten. Jag känner mig lurad.");
        Story("sv", Tone.Mixed, SpringSaleStory, Price, "Bra produkt, men rabatten i annonsen stämde inte.");
        Story("sv", Tone.Negative, SlowDeliveryStory, Delivery,
            "Paketet kom {days} dagar för sent och spårningen stod still i Göteborg.",
            "Väntade över en vecka på leveransen, ingen information om förseningen.",
            "Leveransen blev {days} dagar försenad, inte okej när det stod 1–3 dagar.");
        Story("sv", Tone.Mixed, SlowDeliveryStory, Delivery, "Bra produkt, men leveransen var {days} dagar sen.");
        Story("sv", Tone.Negative, CheckoutBugStory, CheckoutPayment,
            "Betalningen misslyckades tre gånger i kassan, till slut gav jag upp.",
            "Felmeddelande när jag skulle betala med kort, men pengarna reserverades ändå.",
            "Kassan hängde sig vid betalningen, jag fick göra om hela beställningen.");
        Story("sv", Tone.Mixed, CheckoutBugStory, CheckoutPayment, "Det gick att betala till slut, men kassan strulade.");

        // Norwegian (bokmål)
        Add("nb", Tone.Positive, Price, "God pris og rask levering, akkurat som det skal være.", "Billigste prisen jeg fant på {product}, og likevel god service.");
        Add("nb", Tone.Positive, Delivery, "Pakken kom allerede dagen etter, veldig greit!", "Rask levering og god sporing hele veien.");
        Add("nb", Tone.Positive, ProductQuality, "{product} holder høy kvalitet og fungerer perfekt.", "Veldig fornøyd med {product}, akkurat som beskrevet.");
        Add("nb", Tone.Positive, CustomerService, "Kundeservice var superhyggelige og løste problemet mitt med en gang.", "Kunnskapsrik ansatt på telefonen som virkelig hjalp meg å velge riktig.");
        Add("nb", Tone.Positive, WaitingTime, "Kom gjennom til kundeservice på bare {minutes} minutter, bra jobbet.");
        Add("nb", Tone.Positive, WebsiteApp, "Lett å finne frem på nettsiden, og søket fungerer bra.", "Appen er enkel, jeg bestilte på noen få minutter.");
        Add("nb", Tone.Positive, CheckoutPayment, "Enkelt å betale med Vipps, det gikk kjapt.");
        Add("nb", Tone.Positive, ReturnsRefunds, "Returen var enkel, og pengene kom tilbake i løpet av noen dager.");
        Add("nb", Tone.Positive, StoreExperience, "Hyggelig betjening i butikken i {store}, jeg fikk gode råd.");
        Add("nb", Tone.Positive, MarketingCommunication, "Nyhetsbrevet har faktisk gode tilbud, jeg kjøpte {product} takket være det.");
        Add("nb", Tone.Positive, LoyaltyProgram, "Klubbpoengene ga meg en fin rabatt, det setter jeg pris på!");
        Add("nb", Tone.Negative, Price, "For dyrt sammenlignet med andre butikker.");
        Add("nb", Tone.Negative, Delivery, "Leveringen tok {days} dager selv om det sto 1–3 dager.", "Pakken var skadet da den kom frem.");
        Add("nb", Tone.Negative, ProductQuality, "{product} sluttet å virke etter to uker.", "Dårlig kvalitet, det føltes billig.");
        Add("nb", Tone.Negative, CustomerService, "Kundeservice ga forskjellige svar hver gang jeg ringte.", "Ingen i chatten kunne svare på spørsmålet mitt om garantien.");
        Add("nb", Tone.Negative, WaitingTime, "Måtte vente {minutes} minutter i telefonkø, helt urimelig.", "Det tok tre dager å få svar på e-posten min.");
        Add("nb", Tone.Negative, WebsiteApp, "Nettsiden er rotete, og søket finner feil produkter.", "Appen krasjer hele tiden når jeg prøver å logge inn.");
        Add("nb", Tone.Negative, CheckoutPayment, "Tungvint i kassen, jeg måtte fylle ut alt to ganger.");
        Add("nb", Tone.Negative, ReturnsRefunds, "Returen var tungvint, og jeg venter fortsatt på pengene.");
        Add("nb", Tone.Negative, StoreExperience, "De ansatte i butikken i {store} hadde ikke peiling.");
        Add("nb", Tone.Negative, MarketingCommunication, "Altfor mange e-poster, jeg melder meg av.");
        Add("nb", Tone.Negative, LoyaltyProgram, "Klubbpoengene går ut før man rekker å bruke dem.");
        Add("nb", Tone.Mixed, Price, "Ok pris, men ikke noe spesielt.");
        Add("nb", Tone.Mixed, Delivery, "Leveringen var grei, men sporingen kunne vært tydeligere.");
        Add("nb", Tone.Mixed, ProductQuality, "{product} fungerer bra, men bruksanvisningen var dårlig.");
        Add("nb", Tone.Mixed, CustomerService, "Hyggelige ansatte, men det tok litt tid å få hjelp.");
        Add("nb", Tone.Mixed, WaitingTime, "Køen var litt lang, men de løste det til slutt.");
        Add("nb", Tone.Mixed, WebsiteApp, "Nettsiden fungerer, men filtrene kunne vært bedre.");
        Add("nb", Tone.Mixed, CheckoutPayment, "Betalingen gikk fint, men jeg savner flere betalingsmåter.");
        Add("nb", Tone.Mixed, ReturnsRefunds, "Returen gikk greit, men det tok en stund før pengene kom.");
        Add("nb", Tone.Mixed, StoreExperience, "Godt utvalg i butikken, men få kasser åpne.");
        Add("nb", Tone.Mixed, MarketingCommunication, "Tilbudene er ok, men det blir litt mange e-poster.");
        Add("nb", Tone.Mixed, LoyaltyProgram, "Klubben er grei, men fordelene kunne vært bedre.");
        Story("nb", Tone.Negative, SpringSaleStory, MarketingCommunication,
            "Annonsen lovet opptil 50 % rabatt, men i kassen ble det bare trukket fra 10 %. Føles som lureri.",
            "Vårsalg-tilbudet gjaldt ikke da jeg skulle betale. Villedende reklame!",
            "Ringte kundeservice om rabatten som ikke ble trukket fra, de sa bare at vilkårene sto med liten skrift.",
            "Lokkepris på {product} som ikke fantes i virkeligheten. Jeg føler meg lurt.");
        Story("nb", Tone.Mixed, SpringSaleStory, Price, "Bra produkt, men rabatten i annonsen stemte ikke.");
        Story("nb", Tone.Negative, SlowDeliveryStory, Delivery,
            "Pakken kom {days} dager for sent, og sporingen sto stille i Göteborg.",
            "Ventet over en uke på leveringen, ingen informasjon om forsinkelsen.",
            "Leveringen ble {days} dager forsinket, ikke greit når det sto 1–3 dager.");
        Story("nb", Tone.Mixed, SlowDeliveryStory, Delivery, "Bra produkt, men leveringen var {days} dager forsinket.");
        Story("nb", Tone.Negative, CheckoutBugStory, CheckoutPayment,
            "Betalingen feilet tre ganger i kassen, til slutt ga jeg opp.",
            "Feilmelding da jeg skulle betale med kort, men pengene ble reservert likevel.",
            "Kassen hang seg opp ved betalingen, jeg måtte gjøre hele bestillingen på nytt.");
        Story("nb", Tone.Mixed, CheckoutBugStory, CheckoutPayment, "Til slutt fikk jeg betalt, men kassen hadde problemer.");

        // Danish
        Add("da", Tone.Positive, Price, "God pris og hurtig levering, præcis som det skal være.", "Den billigste pris, jeg kunne finde på {product}, og stadig god service.");
        Add("da", Tone.Positive, Delivery, "Pakken kom allerede dagen efter, super nemt!", "Hurtig levering og god sporing hele vejen.");
        Add("da", Tone.Positive, ProductQuality, "{product} er af høj kvalitet og virker perfekt.", "Meget tilfreds med {product}, præcis som beskrevet.");
        Add("da", Tone.Positive, CustomerService, "Kundeservice var super flinke og løste mit problem med det samme.", "Kyndig medarbejder i telefonen, som virkelig hjalp mig med at vælge rigtigt.");
        Add("da", Tone.Positive, WaitingTime, "Kom igennem til kundeservice på kun {minutes} minutter, godt gået.");
        Add("da", Tone.Positive, WebsiteApp, "Let at finde rundt på hjemmesiden, og søgningen virker godt.", "Appen er nem, jeg bestilte på få minutter.");
        Add("da", Tone.Positive, CheckoutPayment, "Nemt at betale med MobilePay, det gik hurtigt.");
        Add("da", Tone.Positive, ReturnsRefunds, "Returneringen var nem, og pengene kom tilbage inden for få dage.");
        Add("da", Tone.Positive, StoreExperience, "Venlig betjening i butikken i {store}, jeg fik god rådgivning.");
        Add("da", Tone.Positive, MarketingCommunication, "Nyhedsbrevet har faktisk gode tilbud, jeg købte {product} takket være det.");
        Add("da", Tone.Positive, LoyaltyProgram, "Klubpointene gav mig en fin rabat, det sætter jeg pris på!");
        Add("da", Tone.Negative, Price, "For dyrt i forhold til andre butikker.");
        Add("da", Tone.Negative, Delivery, "Leveringen tog {days} dage, selvom der stod 1–3 dage.", "Pakken var beskadiget, da den kom frem.");
        Add("da", Tone.Negative, ProductQuality, "{product} holdt op med at virke efter to uger.", "Dårlig kvalitet, det føltes billigt.");
        Add("da", Tone.Negative, CustomerService, "Kundeservice gav forskellige svar, hver gang jeg ringede.", "Ingen i chatten kunne svare på mit spørgsmål om garantien.");
        Add("da", Tone.Negative, WaitingTime, "Måtte vente {minutes} minutter i telefonkø, helt urimeligt.", "Det tog tre dage at få svar på min mail.");
        Add("da", Tone.Negative, WebsiteApp, "Hjemmesiden er rodet, og søgningen finder de forkerte produkter.", "Appen crasher hele tiden, når jeg prøver at logge ind.");
        Add("da", Tone.Negative, CheckoutPayment, "Besværligt i kassen, jeg skulle udfylde alt to gange.");
        Add("da", Tone.Negative, ReturnsRefunds, "Returneringen var besværlig, og jeg venter stadig på pengene.");
        Add("da", Tone.Negative, StoreExperience, "Personalet i butikken i {store} havde ingen anelse.");
        Add("da", Tone.Negative, MarketingCommunication, "Alt for mange mails, jeg afmelder mig.");
        Add("da", Tone.Negative, LoyaltyProgram, "Klubpointene udløber, før man når at bruge dem.");
        Add("da", Tone.Mixed, Price, "Ok pris, men ikke noget særligt.");
        Add("da", Tone.Mixed, Delivery, "Leveringen var fin, men sporingen kunne være tydeligere.");
        Add("da", Tone.Mixed, ProductQuality, "{product} virker godt, men manualen var dårlig.");
        Add("da", Tone.Mixed, CustomerService, "Søde medarbejdere, men det tog lidt tid at få hjælp.");
        Add("da", Tone.Mixed, WaitingTime, "Køen var lidt lang, men de løste det til sidst.");
        Add("da", Tone.Mixed, WebsiteApp, "Hjemmesiden virker, men filtrene kunne være bedre.");
        Add("da", Tone.Mixed, CheckoutPayment, "Betalingen gik fint, men jeg savner flere betalingsmuligheder.");
        Add("da", Tone.Mixed, ReturnsRefunds, "Returneringen gik fint, men der gik et stykke tid, før pengene kom.");
        Add("da", Tone.Mixed, StoreExperience, "Godt udvalg i butikken, men få kasser åbne.");
        Add("da", Tone.Mixed, MarketingCommunication, "Tilbuddene er ok, men det bliver lidt mange mails.");
        Add("da", Tone.Mixed, LoyaltyProgram, "Klubben er ok, men fordelene kunne være bedre.");
        Story("da", Tone.Negative, SpringSaleStory, MarketingCommunication,
            "Annoncen lovede op til 50 % rabat, men i kassen blev der kun trukket 10 % fra. Det føles som snyd.",
            "Forårsudsalgets tilbud gjaldt ikke, da jeg skulle betale. Vildledende reklame!",
            "Ringede til kundeservice om rabatten, der ikke blev trukket fra, de sagde bare, at betingelserne stod med småt.",
            "Lokkepris på {product}, som ikke fandtes i virkeligheden. Jeg føler mig snydt.");
        Story("da", Tone.Mixed, SpringSaleStory, Price, "Godt produkt, men rabatten i annoncen passede ikke.");
        Story("da", Tone.Negative, SlowDeliveryStory, Delivery,
            "Pakken kom {days} dage for sent, og sporingen stod stille i Göteborg.",
            "Ventede over en uge på leveringen, ingen besked om forsinkelsen.",
            "Leveringen blev {days} dage forsinket, ikke i orden, når der stod 1–3 dage.");
        Story("da", Tone.Mixed, SlowDeliveryStory, Delivery, "Godt produkt, men leveringen var {days} dage forsinket.");
        Story("da", Tone.Negative, CheckoutBugStory, CheckoutPayment,
            "Betalingen fejlede tre gange i kassen, til sidst gav jeg op.",
            "Fejlmeddelelse, da jeg skulle betale med kort, men beløbet blev reserveret alligevel.",
            "Kassen frøs ved betalingen, jeg måtte lave hele bestillingen forfra.");
        Story("da", Tone.Mixed, CheckoutBugStory, CheckoutPayment, "Det lykkedes til sidst at betale, men kassen drillede.");

        // English
        Add("en", Tone.Positive, Price, "Good price and fast delivery, exactly as it should be.", "Cheapest price I could find for the {product}, and still good service.");
        Add("en", Tone.Positive, Delivery, "The parcel arrived the very next day, brilliant!", "Fast delivery and good tracking all the way.");
        Add("en", Tone.Positive, ProductQuality, "Great quality on the {product}, it works perfectly.", "Very happy with my new {product}, exactly as described.");
        Add("en", Tone.Positive, CustomerService, "Customer service were really friendly and solved my problem straight away.", "Knowledgeable staff on the phone who really helped me choose the right one.");
        Add("en", Tone.Positive, WaitingTime, "Got through to customer service in only {minutes} minutes, well done.");
        Add("en", Tone.Positive, WebsiteApp, "Easy to find things on the website and search works well.", "The app is smooth, I ordered in a couple of minutes.");
        Add("en", Tone.Positive, CheckoutPayment, "Paying by card was quick and easy.");
        Add("en", Tone.Positive, ReturnsRefunds, "The return was easy and I got my money back within a few days.");
        Add("en", Tone.Positive, StoreExperience, "Friendly staff in the {store} store, I got good advice.");
        Add("en", Tone.Positive, MarketingCommunication, "The newsletter actually has good offers, I bought the {product} because of it.");
        Add("en", Tone.Positive, LoyaltyProgram, "The club points gave me a nice discount, much appreciated!");
        Add("en", Tone.Negative, Price, "Too expensive compared to other shops.");
        Add("en", Tone.Negative, Delivery, "Delivery took {days} days even though it said 1-3 days.", "The parcel was damaged when it arrived.");
        Add("en", Tone.Negative, ProductQuality, "The {product} stopped working after two weeks.", "Poor quality, it felt cheap.");
        Add("en", Tone.Negative, CustomerService, "Customer service gave me a different answer every time I called.", "Nobody in the chat could answer my question about the warranty.");
        Add("en", Tone.Negative, WaitingTime, "Had to wait {minutes} minutes on hold, completely unreasonable.", "It took three days to get a reply to my email.");
        Add("en", Tone.Negative, WebsiteApp, "The website is messy and search finds the wrong products.", "The app keeps crashing when I try to log in.");
        Add("en", Tone.Negative, CheckoutPayment, "Checkout was clumsy, I had to fill in everything twice.");
        Add("en", Tone.Negative, ReturnsRefunds, "The return was a hassle and I am still waiting for my money.");
        Add("en", Tone.Negative, StoreExperience, "The staff in the {store} store had no idea.");
        Add("en", Tone.Negative, MarketingCommunication, "Far too many emails, I am unsubscribing.");
        Add("en", Tone.Negative, LoyaltyProgram, "Club points expire before you get a chance to use them.");
        Add("en", Tone.Mixed, Price, "Okay price but nothing special.");
        Add("en", Tone.Mixed, Delivery, "Delivery was fine, but the tracking could be clearer.");
        Add("en", Tone.Mixed, ProductQuality, "Happy with the {product}, but the manual was poor.");
        Add("en", Tone.Mixed, CustomerService, "Friendly staff, but it took a while to get help.");
        Add("en", Tone.Mixed, WaitingTime, "The queue was a bit long but they sorted it out in the end.");
        Add("en", Tone.Mixed, WebsiteApp, "The website works, but the filters could be better.");
        Add("en", Tone.Mixed, CheckoutPayment, "Payment went fine, but I miss more payment options.");
        Add("en", Tone.Mixed, ReturnsRefunds, "The return went fine, but it took a while before the money came back.");
        Add("en", Tone.Mixed, StoreExperience, "Good range in the store but few tills open.");
        Add("en", Tone.Mixed, MarketingCommunication, "The offers are okay but there are a few too many emails.");
        Add("en", Tone.Mixed, LoyaltyProgram, "The club is okay, but the benefits could be better.");
        Story("en", Tone.Negative, SpringSaleStory, MarketingCommunication,
            "The ad promised up to 50% off but only 10% came off at checkout. Feels like a scam.",
            "The spring sale offer did not apply when I went to pay. Misleading advertising!",
            "Called customer service about the missing discount and they just said the terms were in the small print.",
            "Bait price on the {product} that never existed. I feel cheated.");
        Story("en", Tone.Mixed, SpringSaleStory, Price, "Good product, but the discount in the ad was wrong.");
        Story("en", Tone.Negative, SlowDeliveryStory, Delivery,
            "The parcel was {days} days late and tracking was stuck in Gothenburg.",
            "Waited over a week for delivery with no information about the delay.",
            "Delivery was {days} days late, not okay when it said 1-3 days.");
        Story("en", Tone.Mixed, SlowDeliveryStory, Delivery, "Good product, but delivery was {days} days late.");
        Story("en", Tone.Negative, CheckoutBugStory, CheckoutPayment,
            "Payment failed three times at checkout, in the end I gave up.",
            "Error message when paying by card, but the money was reserved anyway.",
            "Checkout froze at payment and I had to place the whole order again.");
        Story("en", Tone.Mixed, CheckoutBugStory, CheckoutPayment, "I managed to pay in the end, but checkout kept failing.");

        return all;
    }
}
