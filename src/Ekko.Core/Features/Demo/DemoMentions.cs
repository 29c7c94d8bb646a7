using System.Globalization;
using System.Text.Json.Nodes;

namespace Ekko.Core.Features.Demo;

/// <summary>
/// Posts about Nordvik on forums and social media over the demo year, in the public <c>mentions</c> format: a steady
/// trickle (about 0.8 a day) of praise, complaints and questions in Swedish, Norwegian, Danish and English, and the
/// spring-sale story's spike: people complaining in public that the advertised discount did not apply, from the
/// campaign's third day until a week after it ended. Its own seeded <see cref="Random"/>, so adding mentions changed
/// none of the other demo records.
/// </summary>
internal static class DemoMentions
{
    public const int Seed = DemoRetailer.Seed + 5;

    /// <summary>The hashtags people used for the spring campaign, one per language; docs/demo-data.md and the tests count by them.</summary>
    public static readonly IReadOnlyDictionary<string, string> SpringSaleHashtags = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["sv"] = "#vårrea", ["nb"] = "#vårsalg", ["da"] = "#forårsudsalg", ["en"] = "#springsale",
    };

    private sealed record Channel(string Source, string UrlPattern);

    private static readonly Dictionary<string, Channel[]> Channels = new Dictionary<string, Channel[]>(StringComparer.Ordinal)
    {
        ["sv"] = [new("forum:teknikdebatt", "https://teknikdebatt.example.se/t/{n}"), new("facebook", "https://social.example/facebook/{author}/{n}"),
            new("instagram", "https://social.example/instagram/{author}/{n}"), new("x", "https://social.example/x/{author}/{n}")],
        ["nb"] = [new("forum:dataprat", "https://dataprat.example.no/t/{n}"), new("facebook", "https://social.example/facebook/{author}/{n}"),
            new("x", "https://social.example/x/{author}/{n}")],
        ["da"] = [new("forum:tekniksnak", "https://tekniksnak.example.dk/t/{n}"), new("facebook", "https://social.example/facebook/{author}/{n}"),
            new("instagram", "https://social.example/instagram/{author}/{n}")],
        ["en"] = [new("reddit", "https://reddit.example.com/r/nordic/{n}"), new("x", "https://social.example/x/{author}/{n}")],
    };

    private static readonly Dictionary<string, string[]> Cities = new Dictionary<string, string[]>(StringComparer.Ordinal)
    {
        ["sv"] = ["Stockholm", "Göteborg", "Malmö", "Uppsala", "Linköping", "Borås"],
        ["nb"] = ["Oslo", "Bergen", "Trondheim"],
        ["da"] = ["København", "Aarhus", "Odense"],
        ["en"] = ["Stockholm", "Oslo", "København", "Göteborg"],
    };

    private static readonly Dictionary<string, string[]> Everyday = new Dictionary<string, string[]>(StringComparer.Ordinal)
    {
        ["sv"] =
        [
            "Beställde {product} från Nordvik i söndags och den kom redan på tisdagen. Snabb leverans, helt klart nöjd.",
            "Någon som har koll på om Nordvik matchar priset om man hittar {product} billigare någon annanstans?",
            "Personalen på Nordvik i {city} var supertrevliga och hjälpte mig välja {product}. Rekommenderas!",
            "Väntat i telefonkö till Nordviks kundtjänst i 40 minuter nu. Varför är det alltid så lång kö?",
            "{product} från Nordvik gick sönder efter två månader. Dålig kvalitet tyvärr.",
            "Returen till Nordvik gick smidigt, pengarna var tillbaka på tre dagar. Bra!",
            "Nordviks app har blivit mycket bättre, lätt att hitta och följa ordern.",
            "Paketet från Nordvik kom fram men kartongen var trasig. Varan klarade sig som tur var.",
            "Nordvik-klubben ger ganska bra bonus om man handlar mycket elektronik.",
            "Fick fel {product} levererad från Nordvik och ingen svarar på mejlen. Irriterande.",
        ],
        ["nb"] =
        [
            "Bestilte {product} fra Nordvik på søndag, og den kom allerede tirsdag. Rask levering, veldig fornøyd.",
            "Noen som vet om Nordvik matcher prisen hvis man finner {product} billigere et annet sted?",
            "Hyggelig og kunnskapsrik betjening hos Nordvik i {city}. Fikk god hjelp med {product}.",
            "Har ventet i telefonkø hos Nordvik kundeservice i 40 minutter. Altfor lang ventetid.",
            "{product} fra Nordvik sluttet å virke etter to måneder. Dårlig kvalitet.",
            "Returen til Nordvik gikk greit, pengene var tilbake etter tre dager.",
            "Nordvik-appen er blitt mye bedre, enkelt å følge bestillingen.",
            "Pakken fra Nordvik kom, men esken var knust. Heldigvis var varen hel.",
            "Fikk feil {product} fra Nordvik og ingen svarer på e-post. Irriterende.",
        ],
        ["da"] =
        [
            "Bestilte {product} hos Nordvik søndag, og den kom allerede tirsdag. Hurtig levering, rigtig tilfreds.",
            "Er der nogen der ved om Nordvik matcher prisen hvis man finder {product} billigere et andet sted?",
            "Super venligt personale hos Nordvik i {city}, de hjalp mig med at vælge {product}.",
            "Har ventet i telefonkø hos Nordviks kundeservice i 40 minutter. Alt for lang ventetid.",
            "{product} fra Nordvik gik i stykker efter to måneder. Dårlig kvalitet desværre.",
            "Returneringen til Nordvik gik nemt, pengene var tilbage efter tre dage.",
            "Nordviks app er blevet meget bedre, nemt at følge ordren.",
            "Fik forkert {product} fra Nordvik og ingen svarer på mails. Irriterende.",
        ],
        ["en"] =
        [
            "Ordered a {product} from Nordvik on Sunday and it arrived Tuesday. Fast delivery, really happy.",
            "Does Nordvik price match if you find the {product} cheaper elsewhere?",
            "Staff at the Nordvik store in {city} were really helpful picking a {product}. Recommended!",
            "40 minutes on hold with Nordvik customer service so far. The queue is ridiculous.",
            "My {product} from Nordvik broke after two months. Poor quality, sadly.",
            "Return to Nordvik was easy, refund came within three days.",
            "Got the wrong {product} from Nordvik and nobody answers my emails. Annoying.",
        ],
    };

    private static readonly Dictionary<string, string[]> SpringSale = new Dictionary<string, string[]>(StringComparer.Ordinal)
    {
        ["sv"] =
        [
            "Nordviks vårrea lovade upp till 50 % rabatt men i kassan drogs bara 10 % av. Vilseledande reklam!",
            "Varning för Nordviks vårrea: rabatten gällde inte när jag skulle betala för {product}. Känner mig lurad.",
            "Lockpris på {product} hos Nordvik som inte fanns i verkligheten. Skämmigt.",
            "Ringde Nordviks kundtjänst om rabatten som inte drogs, de sa bara att villkoren stod i det finstilta. Dålig service.",
            "Fler som blivit blåsta av Nordviks kampanj? Annonsen sa 50 % men priset i kassan var nästan fullpris.",
            "Anmäl Nordvik till Konsumentverket, vårreans erbjudande var rena bluffen.",
        ],
        ["nb"] =
        [
            "Nordviks vårsalg lovet opptil 50 % rabatt, men i kassen ble det bare 10 %. Villedende reklame!",
            "Vårsalg-tilbudet hos Nordvik gjaldt ikke da jeg skulle betale for {product}. Føler meg lurt.",
            "Lokkepris på {product} hos Nordvik som ikke fantes i virkeligheten. Dårlig gjort.",
            "Ringte Nordvik kundeservice om rabatten, de sa bare at vilkårene sto med liten skrift. Elendig.",
            "Flere som er lurt av Nordviks kampanje? Annonsen sa 50 %, men prisen i kassen var nesten full pris.",
        ],
        ["da"] =
        [
            "Nordviks forårsudsalg lovede op til 50 % rabat, men i kassen blev der kun trukket 10 % fra. Vildledende reklame!",
            "Forårsudsalgets tilbud hos Nordvik gjaldt ikke da jeg skulle betale for {product}. Føler mig snydt.",
            "Lokkepris på {product} hos Nordvik som ikke fandtes i virkeligheden. Dårligt.",
            "Ringede til Nordviks kundeservice om rabatten, de sagde bare at betingelserne stod med småt. Elendig service.",
            "Er der andre der er blevet snydt af Nordviks kampagne? Annoncen sagde 50 %, men prisen i kassen var næsten fuld pris.",
        ],
        ["en"] =
        [
            "Nordvik's spring sale promised up to 50% off but only 10% came off at checkout. Misleading advertising!",
            "The Nordvik spring sale offer did not apply when I went to pay for the {product}. Feel cheated.",
            "Bait pricing from Nordvik: the {product} deal in the ad did not exist. Not ok.",
            "Called Nordvik customer service about the missing discount, they just pointed at the small print. Terrible.",
        ],
    };

    private static readonly string[] Handles = ["kalle", "nisse", "tech", "gamer", "pappa", "mamma", "nerd", "ola", "kari", "mette", "lars", "anna", "sam", "deal", "pris"];

    public static IReadOnlyList<JsonObject> Generate(DateTimeOffset from, DateTimeOffset to)
    {
        var random = new Random(Seed);
        var posts = new List<(DateTimeOffset At, string Language, string Text, bool Campaign)>();
        var first = DateOnly.FromDateTime(from.UtcDateTime);
        var last = DateOnly.FromDateTime(to.UtcDateTime);
        double[] perDay = [0.45, 0.35, 0.15, 0.05];
        for (var day = first; day <= last; day = day.AddDays(1))
        {
            var everyday = Pick(random, perDay);
            for (var i = 0; i < everyday; i++)
            {
                var language = Language(random);
                posts.Add((Time(random, day), language, Fill(random, language, Everyday[language]), false));
            }

            var complaints = Complaints(random, day);
            for (var i = 0; i < complaints; i++)
            {
                var language = Language(random);
                posts.Add((Time(random, day), language, Fill(random, language, SpringSale[language]), true));
            }
        }

        var numbered = 0;
        return [.. posts.Where(p => p.At >= from && p.At <= to).OrderBy(p => p.At).Select(p => ToJson(random, ++numbered, p.At, p.Language, p.Text, p.Campaign))];
    }

    /// <summary>
    /// Campaign complaints of a day: none before the third campaign day (people first had to try to pay), three to six a
    /// day while the campaign ran, one or two in the week after it, when the last orders' disputes were settled.
    /// </summary>
    private static int Complaints(Random random, DateOnly day)
    {
        if (day >= DemoStories.SpringSaleFrom.AddDays(2) && day <= DemoStories.SpringSaleTo)
        {
            return random.Next(3, 7);
        }

        return day > DemoStories.SpringSaleTo && day <= DemoStories.SpringSaleTo.AddDays(7) ? random.Next(1, 3) : 0;
    }

    private static JsonObject ToJson(Random random, int number, DateTimeOffset at, string language, string text, bool campaign)
    {
        var channels = Channels[language];
        var channel = channels[random.Next(channels.Length)];
        var author = $"{Handles[random.Next(Handles.Length)]}_{random.Next(10, 99)}";
        var post = random.Next(100_000, 999_999).ToString(CultureInfo.InvariantCulture);
        var hashtags = new JsonArray();
        if (!channel.Source.StartsWith("forum:", StringComparison.Ordinal) && channel.Source != "reddit")
        {
            hashtags.Add("#nordvik");
            if (campaign)
            {
                hashtags.Add(SpringSaleHashtags[language]);
            }
        }

        var mention = new JsonObject
        {
            ["id"] = $"m-{number:00000}",
            ["source"] = channel.Source,
            ["author"] = author,
            ["text"] = text,
            ["url"] = channel.UrlPattern.Replace("{author}", author, StringComparison.Ordinal).Replace("{n}", post, StringComparison.Ordinal),
            ["published_at"] = at.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
            ["language"] = language,
            ["hashtags"] = hashtags,
        };
        if (random.NextDouble() < 0.4)
        {
            var cities = Cities[language];
            mention["location"] = cities[random.Next(cities.Length)];
        }

        return mention;
    }

    /// <summary>As the customers: sv 45 %, nb 25 %, da 20 %, en 10 %.</summary>
    private static string Language(Random random) => random.NextDouble() switch
    {
        < 0.45 => "sv",
        < 0.70 => "nb",
        < 0.90 => "da",
        _ => "en",
    };

    private static string Fill(Random random, string language, string[] templates)
    {
        var product = DemoCatalog.Products[random.Next(DemoCatalog.Products.Count)].Noun[language];
        var cities = Cities[language];
        var text = templates[random.Next(templates.Length)]
            .Replace("{product}", product, StringComparison.Ordinal)
            .Replace("{city}", cities[random.Next(cities.Length)], StringComparison.Ordinal);
        return char.ToUpperInvariant(text[0]) + text[1..];
    }

    /// <summary>People post in the evening more than at night (UTC hours, roughly Nordic local time minus one or two).</summary>
    private static DateTimeOffset Time(Random random, DateOnly day)
    {
        int[] hours = [6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 18, 19, 19, 20, 20, 21, 21, 22];
        var hour = hours[random.Next(hours.Length)];
        return new DateTimeOffset(day.ToDateTime(new TimeOnly(hour, random.Next(60), random.Next(60))), TimeSpan.Zero);
    }

    private static int Pick(Random random, double[] weights)
    {
        var roll = random.NextDouble() * weights.Sum();
        for (var i = 0; i < weights.Length; i++)
        {
            roll -= weights[i];
            if (roll < 0)
            {
                return i;
            }
        }

        return weights.Length - 1;
    }
}
