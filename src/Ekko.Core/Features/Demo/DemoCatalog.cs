using System.Text.Json.Nodes;

namespace Ekko.Core.Features.Demo;

/// <summary>
/// The fixed world of Nordvik Elektronik: its touchpoints and purchase journey, the countries, regions and
/// names of its customers, its stores, campaigns and web releases. Kept apart from the generator so that
/// the random parts read as "pick from this catalogue".
/// </summary>
internal static class DemoCatalog
{
    public sealed record TouchpointSpec(string Key, string Name, string Stage, string Category, string Channel, string Description);

    public static readonly IReadOnlyList<TouchpointSpec> Touchpoints =
    [
        new("online-ads", "Online ads", "before_purchase", "message", "web", "Search and display ads, including campaign banners."),
        new("social-media", "Social media", "before_purchase", "message", "social", "Nordvik's Instagram, Facebook and TikTok accounts and their paid posts."),
        new("review-sites", "Review and price comparison sites", "before_purchase", "message", "web", "Product reviews and price comparisons on third-party sites."),
        new("newsletter", "Newsletter", "before_purchase", "message", "email", "Campaign newsletters to Nordvik Club members who accept marketing."),
        new("web-shop", "Web shop", "before_purchase", "environment", "web", "nordvik web shop and app: browsing, categories and the cart."),
        new("site-search", "Site search", "before_purchase", "environment", "web", "The search box of the web shop and the app."),
        new("product-page", "Product page", "before_purchase", "message", "web", "Product information, specifications, stock status and reviews."),
        new("physical-store", "Store", "during_purchase", "environment", "store", "Nordvik's eleven stores in Sweden, Norway and Denmark."),
        new("checkout", "Checkout", "during_purchase", "environment", "web", "Cart to order in the web shop and the app: address, delivery choice, order review."),
        new("payment", "Payment", "during_purchase", "product", "web", "Card, Swish/Vipps/MobilePay and invoice payments, online and in store."),
        new("order-confirmation", "Order confirmation e-mail", "during_purchase", "message", "email", "The e-mail sent when an order is placed."),
        new("home-delivery", "Home delivery", "after_purchase", "interaction", "delivery", "Parcel delivered to the door by the carrier."),
        new("parcel-locker", "Parcel locker / pickup point", "after_purchase", "environment", "delivery", "Parcel collected from a locker or a pickup point."),
        new("click-and-collect", "Click and collect", "after_purchase", "environment", "store", "Online order collected in a Nordvik store."),
        new("invoice", "Invoice", "after_purchase", "message", "email", "The invoice of orders paid by invoice, due in 14 days."),
        new("customer-service-phone", "Customer service (phone)", "after_purchase", "interaction", "phone", "Calls to customer service."),
        new("customer-service-chat", "Customer service (chat)", "after_purchase", "interaction", "chat", "Chat in the web shop and the app."),
        new("customer-service-email", "Customer service (e-mail)", "after_purchase", "interaction", "email", "E-mails to customer service."),
        new("returns", "Returns and refunds", "after_purchase", "interaction", "web", "Return requests, return parcels, refunds and warranty claims."),
        new("loyalty-club", "Nordvik Club", "after_purchase", "product", "web", "The loyalty club: points, member prices and member offers."),
    ];

    public static JsonObject TouchpointBody(TouchpointSpec t) => new()
    {
        ["key"] = t.Key,
        ["name"] = t.Name,
        ["stage"] = t.Stage,
        ["category"] = t.Category,
        ["channel"] = t.Channel,
        ["description"] = t.Description,
    };

    public static readonly IReadOnlyList<(string Stage, string[] Touchpoints)> JourneyStages =
    [
        ("Discover", ["online-ads", "social-media", "review-sites", "newsletter"]),
        ("Choose", ["web-shop", "site-search", "product-page", "physical-store"]),
        ("Buy", ["checkout", "payment", "order-confirmation"]),
        ("Receive", ["home-delivery", "parcel-locker", "click-and-collect", "invoice"]),
        ("Use & support", ["customer-service-phone", "customer-service-chat", "customer-service-email", "returns", "loyalty-club"]),
    ];

    public static JsonObject JourneyBody() => new()
    {
        ["key"] = "purchase",
        ["name"] = "Purchase",
        ["description"] = "From the first ad to using the product and getting help: Nordvik's main customer journey.",
        ["stages"] = new JsonArray(JourneyStages.Select(s => (JsonNode?)new JsonObject
        {
            ["name"] = s.Stage,
            ["touchpoints"] = new JsonArray(s.Touchpoints.Select(k => (JsonNode?)JsonValue.Create(k)).ToArray()),
        }).ToArray()),
    };

    public sealed record Region(string Name, double Weight, string[] Cities);

    public sealed record Country(
        string Code, string Tld, string PhonePrefix, string[] PhoneStarts, int PhoneDigits, string Currency,
        string MobilePayment, IReadOnlyList<Region> Regions, string DefaultStore);

    // Nordvik is a Göteborg company, so Västra Götaland is over-represented compared with the population.
    public static readonly Country Sweden = new("SE", "se", "+46", ["70", "72", "73", "76", "79"], 7, "SEK", "swish",
    [
        new("Stockholm", 26, ["Stockholm", "Solna", "Södertälje", "Täby", "Nacka"]),
        new("Västra Götaland", 40, ["Göteborg", "Borås", "Trollhättan", "Skövde", "Uddevalla", "Mölndal"]),
        new("Skåne", 13, ["Malmö", "Helsingborg", "Lund", "Kristianstad"]),
        new("Uppsala", 5, ["Uppsala", "Enköping"]),
        new("Östergötland", 5, ["Linköping", "Norrköping"]),
        new("Halland", 5, ["Halmstad", "Varberg", "Kungsbacka"]),
        new("Jönköping", 4, ["Jönköping", "Värnamo"]),
        new("Örebro", 3, ["Örebro", "Karlskoga"]),
        new("Västerbotten", 3, ["Umeå", "Skellefteå"]),
        new("Dalarna", 2, ["Falun", "Borlänge"]),
        new("Gävleborg", 2, ["Gävle", "Sandviken"]),
        new("Värmland", 2, ["Karlstad", "Arvika"]),
    ], "Göteborg");

    public static readonly Country Norway = new("NO", "no", "+47", ["4", "9"], 7, "NOK", "vipps",
    [
        new("Oslo", 24, ["Oslo"]),
        new("Akershus", 13, ["Bærum", "Lillestrøm", "Asker"]),
        new("Vestland", 12, ["Bergen", "Førde"]),
        new("Rogaland", 10, ["Stavanger", "Sandnes", "Haugesund"]),
        new("Trøndelag", 9, ["Trondheim", "Steinkjer"]),
        new("Innlandet", 6, ["Hamar", "Lillehammer", "Gjøvik"]),
        new("Agder", 6, ["Kristiansand", "Arendal"]),
        new("Vestfold", 5, ["Tønsberg", "Sandefjord", "Larvik"]),
        new("Østfold", 5, ["Fredrikstad", "Sarpsborg"]),
        new("Buskerud", 4, ["Drammen", "Kongsberg"]),
        new("Møre og Romsdal", 3, ["Ålesund", "Molde"]),
        new("Nordland", 2, ["Bodø"]),
        new("Troms", 1, ["Tromsø"]),
    ], "Oslo");

    public static readonly Country Denmark = new("DK", "dk", "+45", ["2", "3", "4", "5", "6"], 7, "DKK", "mobilepay",
    [
        new("Hovedstaden", 33, ["København", "Frederiksberg", "Hillerød", "Lyngby"]),
        new("Midtjylland", 23, ["Aarhus", "Herning", "Silkeborg", "Randers"]),
        new("Syddanmark", 21, ["Odense", "Esbjerg", "Kolding", "Vejle"]),
        new("Sjælland", 14, ["Roskilde", "Næstved", "Holbæk"]),
        new("Nordjylland", 9, ["Aalborg", "Hjørring"]),
    ], "København");

    /// <summary>Stores by city; a customer uses the store in their own city, else their country's flagship store.</summary>
    public static readonly IReadOnlySet<string> StoreCities = new HashSet<string>(StringComparer.Ordinal)
    {
        "Stockholm", "Göteborg", "Malmö", "Uppsala", "Linköping", "Borås",
        "Oslo", "Bergen", "Trondheim",
        "København", "Aarhus",
    };

    public static readonly IReadOnlyDictionary<string, (string[] First, string[] Last)> Names = new Dictionary<string, (string[], string[])>(StringComparer.Ordinal)
    {
        ["sv"] = (
            ["Anna", "Erik", "Maria", "Lars", "Karin", "Johan", "Sara", "Anders", "Emma", "Mikael", "Elin", "Per", "Linnea", "Oskar", "Ida",
             "Fredrik", "Maja", "Gustav", "Sofia", "Henrik", "Ebba", "Nils", "Klara", "Magnus", "Astrid", "Viktor", "Hanna", "Jonas", "Frida", "Axel"],
            ["Andersson", "Johansson", "Karlsson", "Nilsson", "Eriksson", "Larsson", "Olsson", "Persson", "Svensson", "Gustafsson", "Pettersson",
             "Jonsson", "Lindberg", "Lindqvist", "Berg", "Holm", "Sandberg", "Ström", "Lundgren", "Bergström", "Ekström", "Åberg", "Öberg", "Forsberg", "Hedlund"]),
        ["nb"] = (
            ["Ola", "Kari", "Ingrid", "Lars", "Nora", "Jakob", "Emma", "Henrik", "Sofie", "Magnus", "Ida", "Sindre", "Thea", "Anders", "Marte",
             "Eirik", "Silje", "Håkon", "Ingvild", "Jonas", "Ragnhild", "Øystein", "Tuva", "Sverre"],
            ["Hansen", "Johansen", "Olsen", "Larsen", "Andersen", "Pedersen", "Nilsen", "Kristiansen", "Jensen", "Karlsen", "Johnsen", "Pettersen",
             "Eriksen", "Berg", "Haugen", "Hagen", "Johannessen", "Bakken", "Lie", "Dahl", "Solberg", "Strand", "Moen", "Sæther", "Løken"]),
        ["da"] = (
            ["Mette", "Søren", "Anne", "Jens", "Camilla", "Mads", "Louise", "Rasmus", "Line", "Frederik", "Ida", "Mikkel", "Freja", "Christian",
             "Sofie", "Lasse", "Julie", "Jesper", "Cecilie", "Anders", "Signe", "Kasper", "Maja", "Troels"],
            ["Nielsen", "Jensen", "Hansen", "Pedersen", "Andersen", "Christensen", "Larsen", "Sørensen", "Rasmussen", "Jørgensen", "Petersen",
             "Madsen", "Kristensen", "Olsen", "Thomsen", "Poulsen", "Johansen", "Møller", "Mortensen", "Knudsen"]),
        ["en"] = (
            ["James", "Emily", "Oliver", "Sophie", "Daniel", "Charlotte", "Thomas", "Olivia", "Michael", "Laura", "David", "Hannah", "Lukas",
             "Julia", "Marco", "Elena", "Tomasz", "Anna", "Arjun", "Priya"],
            ["Smith", "Brown", "Taylor", "Wilson", "Evans", "Walker", "Wright", "Clarke", "Müller", "Schmidt", "Rossi", "Kowalski", "Novak",
             "Patel", "García", "Martin", "Murphy", "O'Brien"]),
    };

    public sealed record ProductCategory(string Key, double Weight, int MinSek, int MaxSek, IReadOnlyDictionary<string, string> Noun);

    /// <summary>What people buy, with a price range in SEK and the product named in each language (definite form where the language has one).</summary>
    public static readonly IReadOnlyList<ProductCategory> Products =
    [
        new("tv", 10, 4_000, 25_000, Nouns("tv:n", "TV-en", "fjernsynet", "TV")),
        new("headphones", 16, 400, 4_500, Nouns("hörlurarna", "hodetelefonene", "høretelefonerne", "headphones")),
        new("laptop", 11, 5_000, 22_000, Nouns("laptopen", "laptopen", "den bærbare", "laptop")),
        new("phone", 14, 2_500, 16_000, Nouns("mobilen", "mobilen", "mobilen", "phone")),
        new("gaming", 9, 500, 7_000, Nouns("spelkonsolen", "spillkonsollen", "spillekonsollen", "games console")),
        new("vacuum", 8, 1_500, 8_000, Nouns("dammsugaren", "støvsugeren", "støvsugeren", "vacuum cleaner")),
        new("camera", 4, 3_000, 18_000, Nouns("kameran", "kameraet", "kameraet", "camera")),
        new("speaker", 9, 600, 6_000, Nouns("högtalaren", "høyttaleren", "højttaleren", "speaker")),
        new("tablet", 7, 2_500, 12_000, Nouns("surfplattan", "nettbrettet", "tabletten", "tablet")),
        new("accessories", 12, 100, 1_200, Nouns("laddaren", "laderen", "opladeren", "charger")),
    ];

    private static Dictionary<string, string> Nouns(string sv, string nb, string da, string en) =>
        new(StringComparer.Ordinal) { ["sv"] = sv, ["nb"] = nb, ["da"] = da, ["en"] = en };

    /// <summary>Kroner per SEK, to show order values in the customer's currency.</summary>
    public static double PerSek(string currency) => currency switch
    {
        "NOK" => 0.97,
        "DKK" => 0.65,
        _ => 1.0,
    };

    public sealed record Campaign(string Name, DateOnly From, DateOnly To, double VolumeBoost, double AttributedShare);

    /// <summary>The campaigns of the demo year; all but spring-sale behaved normally.</summary>
    public static readonly IReadOnlyList<Campaign> Campaigns =
    [
        new("black-week", new(2025, 11, 21), new(2025, 12, 1), 1.0, 0.55),
        new("christmas", new(2025, 12, 5), new(2025, 12, 18), 1.15, 0.45),
        new("boxing-day-sale", new(2025, 12, 26), new(2026, 1, 6), 1.2, 0.5),
        new(DemoStories.SpringSaleCampaign, DemoStories.SpringSaleFrom, DemoStories.SpringSaleTo, 1.6, 0.62),
        new("summer-sale", new(2026, 6, 22), new(2026, 7, 12), 1.25, 0.5),
        new("back-to-school", new(2026, 8, 10), new(2026, 8, 23), 1.25, 0.5),
        new("autumn-deals", new(2026, 10, 5), new(2026, 10, 18), 1.25, 0.5),
    ];

    /// <summary>Web shop releases by go-live day; the checkout bug is one of them.</summary>
    public static readonly IReadOnlyList<(DateOnly From, string Release)> WebReleases =
    [
        (new(2025, 10, 20), "web-2025.10.2"),
        (new(2025, 11, 10), "web-2025.11.1"),
        (new(2025, 12, 1), "web-2025.12.1"),
        (new(2026, 1, 12), "web-2026.01.1"),
        (new(2026, 2, 2), "web-2026.02.1"),
        (new(2026, 2, 23), "web-2026.02.2"),
        (new(2026, 3, 16), "web-2026.03.1"),
        (new(2026, 4, 13), "web-2026.04.1"),
        (new(2026, 5, 4), "web-2026.05.1"),
        (new(2026, 5, 25), "web-2026.05.2"),
        (new(2026, 6, 1), "web-2026.06.1"),
        (DemoStories.CheckoutBugFrom, DemoStories.CheckoutBugRelease),
        (DemoStories.CheckoutBugTo.AddDays(1), DemoStories.CheckoutBugFixRelease),
        (new(2026, 8, 10), "web-2026.08.1"),
        (new(2026, 8, 31), "web-2026.08.2"),
        (new(2026, 9, 21), "web-2026.09.1"),
        (new(2026, 10, 12), "web-2026.10.1"),
    ];

    public static readonly IReadOnlyList<(DateOnly From, string Release)> AppReleases =
    [
        (new(2025, 10, 1), "app-5.8"),
        (new(2025, 12, 8), "app-5.9"),
        (new(2026, 2, 16), "app-6.0"),
        (new(2026, 4, 20), "app-6.1"),
        (new(2026, 6, 29), "app-6.2"),
        (new(2026, 9, 7), "app-6.3"),
    ];

    public static string? ReleaseAt(IReadOnlyList<(DateOnly From, string Release)> releases, DateOnly day)
    {
        string? current = null;
        foreach (var (from, release) in releases)
        {
            if (from <= day)
            {
                current = release;
            }
        }

        return current ?? releases[0].Release;
    }
}
