using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using static Ekko.Core.Features.Demo.DemoCatalog;

namespace Ekko.Core.Features.Demo;

/// <summary>
/// The simulation behind <see cref="DemoRetailer"/>. It plays out the year order by order (discovery,
/// checkout, payment, delivery, support, returns, surveys) so that every customer's records form a coherent
/// story, then numbers interactions and responses in time order. Every random choice comes from one seeded
/// <see cref="Random"/> in a fixed order, which is what makes the output reproducible.
/// </summary>
internal sealed partial class DemoGenerator
{
    private const int RepeatOrders = 4_700;
    private const int BrowseSessions = 1_800;
    private const int StoreVisitsWithoutPurchase = 600;
    private const int GeneralSupportContacts = 550;
    private const string Timestamp = "yyyy-MM-dd'T'HH:mm:ss'Z'";

    // Score distributions: weights for each score from the scale's minimum up. The comments next to them
    // give the value each one produces, which docs/demo-data.md relies on.
    private static readonly double[] BaseNps = [1, .6, .9, 1.3, 1.9, 5, 6.3, 16, 21, 21, 25];          // NPS +29
    private static readonly double[] MemberNps = [.8, .5, .7, 1, 1.5, 3.7, 4.8, 14, 21, 24, 28];        // NPS +39
    private static readonly double[] MisledNps = [5, 3, 5, 6, 7, 9, 11, 16, 18, 10, 10];                // NPS -26
    private static readonly double[] CheckoutBugNps = [5, 3, 5, 6, 8, 10, 13, 14, 16, 9, 11];           // NPS -30
    private static readonly double[] SouredNps = [2, 1.5, 2.5, 4, 5, 9, 11, 18, 20, 13, 14];            // NPS -8
    private static readonly double[] BaseCsat = [4, 5, 10, 36, 45];                                    // CSAT 81%
    private static readonly double[] LateCsat = [8, 12, 20, 35, 25];                                   // CSAT 60%
    private static readonly double[] SlowDeliveryCsat = [30, 25, 20, 15, 10];                          // CSAT 25%
    private static readonly double[] ReturnsCsat = [6, 7, 12, 35, 40];                                 // CSAT 75%
    private static readonly double[] BaseCes = [2, 3, 5, 10, 20, 31, 29];                              // CES 5.52
    private static readonly double[] FrictionCes = [6, 10, 14, 18, 20, 18, 14];                        // CES 4.46
    private static readonly double[] CheckoutBugCes = [15, 17, 18, 15, 15, 12, 8];                     // CES 3.66
    private static readonly double[] MisledCes = [20, 20, 18, 14, 12, 9, 7];                           // CES 3.33
    private static readonly double[] UtcHourWeights = [.2, .1, .05, .05, .1, .3, .6, 1, 1.3, 1.4, 1.4, 1.5, 1.6, 1.4, 1.3, 1.3, 1.4, 1.6, 1.9, 2.1, 2, 1.6, 1, .5];

    private readonly Random random = new(DemoRetailer.Seed);
    private readonly DateTimeOffset from;
    private readonly DateTimeOffset to;
    private readonly List<DateOnly> days = [];
    private readonly List<double> cumulativeDayWeights = [];
    private readonly List<Person> people = [];
    private readonly List<double> cumulativeOrderWeights = [];
    private readonly List<PendingEvent> events = [];
    private readonly List<PendingResponse> responses = [];
    private readonly List<SupportContact> supportContacts = [];
    private int sequence;
    private int orderNumber;

    public DemoGenerator(DateTimeOffset end)
    {
        to = new DateTimeOffset(end.UtcDateTime.Ticks - end.UtcDateTime.Ticks % TimeSpan.TicksPerSecond, TimeSpan.Zero);
        from = to.AddYears(-1).AddSeconds(1);
        var total = 0.0;
        for (var day = DayOf(from); day <= DayOf(to); day = day.AddDays(1))
        {
            days.Add(day);
            total += DayWeight(day);
            cumulativeDayWeights.Add(total);
        }
    }

    public DemoDataSet Run()
    {
        CreatePeople();
        foreach (var person in people.Where(p => p.Segment == "new"))
        {
            Order(person, person.CreatedAt.AddMinutes(Between(3, 25)).AddSeconds(Between(0, 59)));
        }

        for (var i = 0; i < RepeatOrders; i++)
        {
            var at = RandomTime(SampleDay(), store: false);
            if (PickCustomerFor(at) is { } person)
            {
                Order(person, at);
            }
        }

        Browse();
        SendNewsletters();
        GeneralSupport();
        HandleSupportContacts();
        RelationshipSurveys();
        PlantChurn();

        var touchpoints = Touchpoints.Select(TouchpointBody).ToList();
        var customers = people.Select(CustomerJson).ToList();
        var interactions = events.OrderBy(e => e.At).ThenBy(e => e.Sequence).Select((e, i) => EventJson(e, i + 1)).ToList();
        var answers = responses.OrderBy(r => r.At).ThenBy(r => r.Sequence).Select((r, i) => ResponseJson(r, i + 1)).ToList();
        return new DemoDataSet(from, to, touchpoints, JourneyBody(), customers, interactions, answers) { Mentions = DemoMentions.Generate(from, to) };
    }

    // ---- Calendar -------------------------------------------------------------------------------------

    private static DateOnly DayOf(DateTimeOffset time) => DateOnly.FromDateTime(time.UtcDateTime);

    private static DateOnly BlackFriday(int year)
    {
        var first = new DateOnly(year, 11, 1);
        var thanksgiving = first.AddDays((((int)DayOfWeek.Thursday - (int)first.DayOfWeek + 7) % 7) + 21);
        return thanksgiving.AddDays(1);
    }

    private static Campaign? CampaignOn(DateOnly day) => Campaigns.FirstOrDefault(c => c.From <= day && day <= c.To);

    /// <summary>Relative order volume of a day: Black Week and Christmas peak, a summer dip, Sunday evenings online.</summary>
    private static double DayWeight(DateOnly day)
    {
        double[] months = [.85, .8, .9, .95, .95, .9, .65, .85, 1.1, 1, 1.35, 1.5];
        var weight = months[day.Month - 1];
        var blackFriday = BlackFriday(day.Year);
        if (day == blackFriday)
        {
            weight *= 3.2;
        }
        else if (day >= blackFriday.AddDays(-7) && day <= blackFriday.AddDays(3))
        {
            weight *= 1.8;
        }

        // The new phones of the autumn go on sale in the middle of September.
        if (day.Month == 9 && day.Day is >= 14 and <= 27)
        {
            weight *= 1.25;
        }

        if (day.Month == 12 && day.Day is >= 21 and <= 25)
        {
            weight *= 0.4;
        }

        weight *= CampaignOn(day)?.VolumeBoost ?? 1;
        weight *= day.DayOfWeek switch
        {
            DayOfWeek.Monday => 1.05,
            DayOfWeek.Friday => 0.9,
            DayOfWeek.Saturday => 0.8,
            DayOfWeek.Sunday => 1.15,
            _ => 1.0,
        };
        return weight;
    }

    private DateOnly SampleDay() => days[LowerBound(cumulativeDayWeights, random.NextDouble() * cumulativeDayWeights[^1])];

    private static int LowerBound(List<double> cumulative, double value)
    {
        var index = cumulative.BinarySearch(value);
        return Math.Min(index < 0 ? ~index : index, cumulative.Count - 1);
    }

    private DateTimeOffset RandomTime(DateOnly day, bool store)
    {
        var hour = store ? Between(8, 17) : Weighted(UtcHourWeights);
        return new DateTimeOffset(day.Year, day.Month, day.Day, hour, Between(0, 59), Between(0, 59), TimeSpan.Zero);
    }

    // ---- Random helpers -------------------------------------------------------------------------------

    private bool Chance(double probability) => random.NextDouble() < probability;

    private int Between(int min, int max) => random.Next(min, max + 1);

    private T Pick<T>(IReadOnlyList<T> items) => items[random.Next(items.Count)];

    private int Weighted(IReadOnlyList<double> weights)
    {
        var roll = random.NextDouble() * weights.Sum();
        for (var i = 0; i < weights.Count; i++)
        {
            roll -= weights[i];
            if (roll < 0)
            {
                return i;
            }
        }

        return weights.Count - 1;
    }

    private T Weighted<T>(IReadOnlyList<T> items, Func<T, double> weight) => items[Weighted(items.Select(weight).ToList())];

    // ---- Customers ------------------------------------------------------------------------------------

    private sealed class Person
    {
        public required string Id { get; init; }
        public required string Name { get; init; }
        public required string Email { get; init; }
        public string? Phone { get; init; }
        public required string Language { get; init; }
        public required Country Country { get; init; }
        public required Region Region { get; init; }
        public required string City { get; init; }
        public required string Store { get; init; }
        public required string Segment { get; init; }
        public bool SurveyConsent { get; init; }
        public bool MarketingConsent { get; init; }
        public DateTimeOffset CreatedAt { get; init; }
        public int LifetimeValue { get; init; }
        public double OrderWeight { get; init; }
        public bool NewsletterSubscriber { get; init; }

        /// <summary>When and why this customer was let down; sours their relationship answers for a while.</summary>
        public List<(DateTimeOffset At, string Story)> Disappointments { get; } = [];

        public bool IsMember => Segment == "member";
    }

    private void CreatePeople()
    {
        var total = 0.0;
        for (var i = 1; i <= DemoRetailer.CustomerCount; i++)
        {
            var roll = random.NextDouble();
            var language = roll < 0.45 ? "sv" : roll < 0.70 ? "nb" : roll < 0.90 ? "da" : "en";
            var country = language switch
            {
                "sv" => Sweden,
                "nb" => Norway,
                "da" => Denmark,
                _ => Pick([Sweden, Sweden, Norway, Denmark]),
            };
            var region = Weighted(country.Regions, r => r.Weight);
            var city = Pick(region.Cities);
            var store = StoreCities.Contains(city) ? city
                : region.Cities.FirstOrDefault(StoreCities.Contains) ?? country.DefaultStore;
            var segmentRoll = random.NextDouble();
            var segment = segmentRoll < 0.35 ? "member" : segmentRoll < 0.80 ? "regular" : "new";
            var createdAt = segment == "new"
                ? RandomTime(SampleDay(), store: false)
                : from.AddDays(-Between(30, 2_200)).AddMinutes(Between(0, 1_439));
            var (first, last) = (Pick(Names[language].First), Pick(Names[language].Last));
            var valueRoll = random.NextDouble() * random.NextDouble();
            var lifetimeValue = segment switch
            {
                "member" => 8_000 + (int)(valueRoll * 60_000),
                "regular" => 1_500 + (int)(valueRoll * 24_000),
                _ => 300 + (int)(valueRoll * 8_000),
            };
            var phone = Chance(0.85)
                ? country.PhonePrefix + Pick(country.PhoneStarts) + string.Concat(Enumerable.Range(0, country.PhoneDigits).Select(_ => (char)('0' + Between(0, 9))))
                : null;
            var marketingConsent = Chance(segment == "member" ? 0.75 : 0.45);
            var person = new Person
            {
                Id = string.Create(CultureInfo.InvariantCulture, $"c-{i:D5}"),
                Name = $"{first} {last}",
                Email = string.Create(CultureInfo.InvariantCulture, $"{Ascii(first)}.{Ascii(last)}{i}@example.{(language == "en" ? "com" : country.Tld)}"),
                Phone = phone,
                Language = language,
                Country = country,
                Region = region,
                City = city,
                Store = store,
                Segment = segment,
                SurveyConsent = Chance(0.87),
                MarketingConsent = marketingConsent,
                NewsletterSubscriber = segment == "member" && marketingConsent && Chance(0.45),
                CreatedAt = createdAt,
                LifetimeValue = lifetimeValue,
                // A quarter of the regulars bought nothing this year: lapsed customers are part of any base.
                OrderWeight = segment switch { "member" => 2.6, "regular" => Chance(0.25) ? 0 : 1.0, _ => 0.6 },
            };
            people.Add(person);
            total += person.OrderWeight;
            cumulativeOrderWeights.Add(total);
        }
    }

    private static string Ascii(string name)
    {
        var text = name.ToLowerInvariant().Replace("ø", "o", StringComparison.Ordinal).Replace("æ", "ae", StringComparison.Ordinal)
            .Normalize(NormalizationForm.FormD);
        return string.Concat(text.Where(c => c is >= 'a' and <= 'z'));
    }

    private Person? PickCustomerFor(DateTimeOffset at)
    {
        for (var attempt = 0; attempt < 20; attempt++)
        {
            var person = people[LowerBound(cumulativeOrderWeights, random.NextDouble() * cumulativeOrderWeights[^1])];
            if (person.CreatedAt < at.AddHours(-1))
            {
                return person;
            }
        }

        return null;
    }

    private Person PickExistingCustomer(DateTimeOffset at)
    {
        while (true)
        {
            var person = Pick(people);
            if (person.CreatedAt < at)
            {
                return person;
            }
        }
    }

    // ---- Orders ---------------------------------------------------------------------------------------

    private sealed record OrderContext(
        Person Person, string OrderId, string Channel, Campaign? Campaign, string? Release, ProductCategory Product, int Value)
    {
        public bool Misled => Campaign?.Name == DemoStories.SpringSaleCampaign;

        public bool CheckoutBug => Release == DemoStories.CheckoutBugRelease;
    }

    private void Order(Person person, DateTimeOffset at)
    {
        var day = DayOf(at);
        var campaign = CampaignOn(day);
        var attributed = campaign is not null && Chance(campaign.AttributedShare) ? campaign : null;
        var channelRoll = random.NextDouble();
        var channel = person.IsMember
            ? channelRoll < 0.50 ? "web" : channelRoll < 0.78 ? "app" : "store"
            : channelRoll < 0.60 ? "web" : channelRoll < 0.72 ? "app" : "store";
        if (channel == "store")
        {
            at = RandomTime(day, store: true);
            if (at <= person.CreatedAt)
            {
                // A new customer's first order is where they signed up.
                at = person.CreatedAt.AddMinutes(Between(3, 25));
            }
        }

        var product = Weighted(Products, p => p.Weight);
        var valueSek = product.MinSek + ((product.MaxSek - product.MinSek) * random.NextDouble() * random.NextDouble());
        var value = (int)Math.Round(valueSek * PerSek(person.Country.Currency) / 10) * 10 - 1;
        var release = channel switch
        {
            "web" => ReleaseAt(WebReleases, day),
            "app" => ReleaseAt(AppReleases, day),
            _ => null,
        };
        var order = new OrderContext(person, string.Create(CultureInfo.InvariantCulture, $"o-{++orderNumber:D6}"), channel, attributed, release, product, value);
        if (order.Misled)
        {
            person.Disappointments.Add((at, DemoComments.SpringSaleStory));
        }

        if (channel == "store")
        {
            StoreOrder(order, at);
        }
        else
        {
            OnlineOrder(order, at);
        }
    }

    private static JsonObject OrderProperties(OrderContext order, params (string Key, JsonNode? Value)[] more)
    {
        var properties = new JsonObject { ["order_id"] = order.OrderId };
        if (order.Campaign is not null)
        {
            properties["campaign"] = order.Campaign.Name;
        }

        if (order.Release is not null)
        {
            properties["release"] = order.Release;
        }

        foreach (var (key, value) in more)
        {
            properties[key] = value;
        }

        return properties;
    }

    private void StoreOrder(OrderContext order, DateTimeOffset at)
    {
        var person = order.Person;
        Emit(at.AddMinutes(-Between(10, 50)), person, "store.visit", "physical-store", "store", new JsonObject { ["store"] = person.Store });
        Emit(at, person, "order.placed", "physical-store", "store",
            OrderProperties(order, ("store", person.Store), ("order_value", order.Value), ("currency", person.Country.Currency), ("product_category", order.Product.Key)));
        Emit(at.AddSeconds(Between(20, 90)), person, "payment.completed", "payment", "store",
            OrderProperties(order, ("method", Chance(0.7) ? "card" : person.Country.MobilePayment), ("attempts", 1)));
        if (Chance(0.4))
        {
            Emit(at.AddMinutes(1), person, "email.sent", "order-confirmation", "email", OrderProperties(order, ("template", "receipt")));
        }

        if (person.SurveyConsent && Chance(0.42))
        {
            var score = Score(person.IsMember ? MemberNps : BaseNps, 0);
            AddResponse(at.AddHours(Between(1, 8)).AddMinutes(Between(0, 59)), person, "post-purchase-nps", "physical-store", "email", "nps", score,
                Topic(new() { [DemoComments.StoreExperience] = 4, [DemoComments.Price] = 2, [DemoComments.ProductQuality] = 2, [DemoComments.CustomerService] = 1 }),
                null, new(order.Product, null, null), OrderAttributes(order), order);
        }

        if (Chance(0.04))
        {
            Return(order, at.AddDays(Between(2, 25)));
        }

        if (Chance(0.04))
        {
            supportContacts.Add(new SupportContact(person, at.AddDays(Between(2, 40)).AddMinutes(Between(0, 600)), Pick(["product_question", "warranty"]), order));
        }
    }

    private void OnlineOrder(OrderContext order, DateTimeOffset at)
    {
        var person = order.Person;
        var viewAt = at.AddMinutes(-Between(4, 30)).AddSeconds(-Between(0, 59));
        Discovery(order, viewAt);
        if (Chance(0.45))
        {
            Emit(viewAt.AddMinutes(-Between(1, 5)), person, "search", "site-search", order.Channel,
                new JsonObject { ["query_category"] = order.Product.Key, ["results"] = Between(3, 120) });
        }

        Emit(viewAt, person, "page.view", "product-page", order.Channel, new JsonObject { ["product_category"] = order.Product.Key, ["release"] = order.Release });
        Emit(at.AddMinutes(-Between(1, 3)), person, "cart.add", "web-shop", order.Channel, OrderProperties(order, ("product_category", order.Product.Key)));

        // The checkout bug made payments fail in the web shop only; a few payments fail on any day.
        var failures = 0;
        while (failures < 3 && Chance(failures == 0 ? (order.CheckoutBug ? 0.38 : 0.02) : (order.CheckoutBug ? 0.5 : 0.3)))
        {
            failures++;
            Emit(at.AddMinutes(-Between(1, 2) * (4 - failures)), person, "payment.failed", "payment", order.Channel,
                OrderProperties(order, ("error_code", order.CheckoutBug ? "PSP-502" : Pick(["card_declined", "3ds_timeout"])), ("attempt", failures)));
        }

        if (order.CheckoutBug && failures > 0)
        {
            person.Disappointments.Add((at, DemoComments.CheckoutBugStory));
        }

        if (failures > 0 && Chance(order.CheckoutBug ? 0.5 : 0.35))
        {
            Emit(at, person, "checkout.abandoned", "checkout", order.Channel, OrderProperties(order, ("step", "payment")));
            if (Chance(order.CheckoutBug ? 0.3 : 0.1))
            {
                supportContacts.Add(new SupportContact(person, at.AddMinutes(Between(5, 600)), "payment_error", order, order.CheckoutBug ? DemoComments.CheckoutBugStory : null));
            }

            return;
        }

        var paymentMethod = Weighted(["card", person.Country.MobilePayment, "invoice", "paypal"], m => m switch { "card" => 50, "invoice" => 20, "paypal" => 5, _ => 25 });
        var deliveryMethod = Weighted(["home-delivery", "parcel-locker", "click-and-collect"], m => m switch { "home-delivery" => 45, "parcel-locker" => 40, _ => 15 });
        var carrier = deliveryMethod == "click-and-collect" ? "nordvik" : person.Country.Code switch
        {
            "SE" => Pick(["postnord", "budbee"]),
            "NO" => Pick(["posten-bring", "helthjem"]),
            _ => Pick(["postnord", "gls"]),
        };
        if (person.IsMember && Chance(0.12))
        {
            Emit(at.AddSeconds(-Between(30, 90)), person, "loyalty.points_redeemed", "loyalty-club", order.Channel, OrderProperties(order, ("points", Between(1, 20) * 100)));
        }

        Emit(at, person, "order.placed", "checkout", order.Channel, OrderProperties(order,
            ("order_value", order.Value), ("currency", person.Country.Currency), ("product_category", order.Product.Key), ("delivery_method", deliveryMethod)));
        Emit(at.AddSeconds(Between(5, 40)), person, "payment.completed", "payment", order.Channel, OrderProperties(order, ("method", paymentMethod), ("attempts", failures + 1)));
        Emit(at.AddMinutes(1).AddSeconds(Between(0, 50)), person, "email.sent", "order-confirmation", "email", OrderProperties(order, ("template", "order-confirmation")));

        var shipped = at.AddHours(Between(3, 30)).AddMinutes(Between(0, 59));
        if (shipped.DayOfWeek == DayOfWeek.Sunday)
        {
            shipped = shipped.AddDays(1);
        }

        var shippedDay = DayOf(shipped);
        var slow = deliveryMethod != "click-and-collect" && order.Person.Region.Name == DemoStories.SlowDeliveryRegion
            && shippedDay >= DemoStories.SlowDeliveryFrom && shippedDay <= DemoStories.SlowDeliveryTo;
        var peak = shippedDay >= BlackFriday(shippedDay.Year).AddDays(-7) && shippedDay <= new DateOnly(shippedDay.Year, 12, 20);
        var deliveryDays = deliveryMethod == "click-and-collect" ? (Chance(0.6) ? 1 : 2)
            : slow ? Between(DemoStories.SlowDeliveryMinDays, DemoStories.SlowDeliveryMaxDays)
            : Weighted([0, 30, 45, 20, 5]) + (peak && Chance(0.4) ? 1 : 0);
        var deliveredDay = shippedDay.AddDays(deliveryDays);
        var delivered = new DateTimeOffset(deliveredDay.Year, deliveredDay.Month, deliveredDay.Day, Between(8, 18), Between(0, 59), Between(0, 59), TimeSpan.Zero);
        var deliveryChannel = deliveryMethod == "click-and-collect" ? "store" : "delivery";
        Emit(shipped, person, "order.shipped", deliveryMethod, deliveryChannel, OrderProperties(order, ("carrier", carrier)));
        Emit(delivered, person, "order.delivered", deliveryMethod, deliveryChannel, OrderProperties(order, ("carrier", carrier), ("delivery_days", deliveryDays)));
        if (slow)
        {
            person.Disappointments.Add((delivered, DemoComments.SlowDeliveryStory));
        }

        if (paymentMethod == "invoice")
        {
            Emit(delivered.AddMinutes(Between(5, 120)), person, "invoice.sent", "invoice", "email",
                OrderProperties(order, ("amount", order.Value), ("currency", person.Country.Currency), ("due_days", 14)));
        }

        OnlineOrderSurveys(order, at, failures, deliveryMethod, deliveryDays, delivered, slow);
        OnlineOrderFollowUps(order, at, failures, paymentMethod, shipped, delivered, slow);
    }

    private void Discovery(OrderContext order, DateTimeOffset viewAt)
    {
        var person = order.Person;
        var before = viewAt.AddMinutes(-Between(1, 60 * 36));
        if (order.Campaign is not null)
        {
            if (person.IsMember && person.MarketingConsent && Chance(0.3))
            {
                Emit(before, person, "newsletter.clicked", "newsletter", "email", new JsonObject { ["campaign"] = order.Campaign.Name });
            }
            else if (Chance(0.55))
            {
                Emit(before, person, "ad.click", "online-ads", "web", new JsonObject { ["campaign"] = order.Campaign.Name, ["ad_network"] = Pick(["google", "display"]) });
            }
            else
            {
                Emit(before, person, "ad.click", "social-media", "social", new JsonObject { ["campaign"] = order.Campaign.Name, ["ad_network"] = Pick(["instagram", "facebook", "tiktok"]) });
            }

            return;
        }

        var roll = random.NextDouble();
        if (roll < 0.15)
        {
            Emit(before, person, "ad.click", "online-ads", "web", new JsonObject { ["ad_network"] = "google" });
        }
        else if (roll < 0.22)
        {
            Emit(before, person, "ad.click", "social-media", "social", new JsonObject { ["ad_network"] = Pick(["instagram", "facebook", "tiktok"]) });
        }
        else if (roll < 0.36)
        {
            Emit(before.AddDays(-Between(0, 5)), person, "review.read", "review-sites", "web", new JsonObject { ["site"] = Pick(["pricecompare", "techreviews", "forum"]), ["product_category"] = order.Product.Key });
        }
    }

    private void OnlineOrderSurveys(OrderContext order, DateTimeOffset at, int failures, string deliveryMethod, int deliveryDays, DateTimeOffset delivered, bool slow)
    {
        var person = order.Person;
        if (!person.SurveyConsent)
        {
            return;
        }

        // People who had trouble or feel cheated answer surveys more often than content ones.
        var fill = new Fill(order.Product, deliveryDays, null);
        if (Chance(order.CheckoutBug ? 0.6 : 0.5))
        {
            var ces = order.CheckoutBug ? CheckoutBugCes : failures > 0 ? FrictionCes : BaseCes;
            AddResponse(at.AddMinutes(Between(1, 4)).AddSeconds(Between(0, 59)), person, "checkout-ces", "checkout", order.Channel, "ces", Score(ces, 1),
                Topic(new() { [DemoComments.CheckoutPayment] = 3, [DemoComments.WebsiteApp] = 3, [DemoComments.Price] = 1 }),
                order.CheckoutBug ? DemoComments.CheckoutBugStory : null, fill, OrderAttributes(order), order);
        }

        if (Chance(order.Misled || order.CheckoutBug ? 0.65 : 0.5))
        {
            var nps = order.Misled ? MisledNps : order.CheckoutBug || failures > 0 ? CheckoutBugNps : person.IsMember ? MemberNps : BaseNps;
            var story = order.Misled ? DemoComments.SpringSaleStory : order.CheckoutBug ? DemoComments.CheckoutBugStory : null;
            AddResponse(at.AddMinutes(Between(120, 2_880)), person, "post-purchase-nps", "checkout", "email", "nps", Score(nps, 0),
                Topic(new()
                {
                    [DemoComments.Price] = 3, [DemoComments.ProductQuality] = 3, [DemoComments.WebsiteApp] = 2, [DemoComments.CheckoutPayment] = 1,
                    [DemoComments.MarketingCommunication] = 1, [DemoComments.LoyaltyProgram] = person.IsMember ? 1 : 0, [DemoComments.CustomerService] = 1,
                }),
                story, fill, OrderAttributes(order), order);
        }

        if (Chance(slow ? 0.9 : 0.6))
        {
            var csat = slow ? SlowDeliveryCsat : deliveryDays >= 4 ? LateCsat : BaseCsat;
            var attributes = OrderAttributes(order);
            attributes["delivery_method"] = deliveryMethod;
            AddResponse(delivered.AddMinutes(Between(60, 2_880)), person, "post-delivery-csat", deliveryMethod, Chance(0.5) ? "sms" : "email", "csat", Score(csat, 1),
                Topic(new() { [DemoComments.Delivery] = 6, [DemoComments.ProductQuality] = 3 }),
                slow ? DemoComments.SlowDeliveryStory : null, fill, attributes, order);
        }
    }

    private void OnlineOrderFollowUps(OrderContext order, DateTimeOffset at, int failures, string paymentMethod, DateTimeOffset shipped, DateTimeOffset delivered, bool slow)
    {
        var person = order.Person;
        if (order.Misled && Chance(0.45))
        {
            // The discount was missing from the receipt; customers called within days of the order.
            supportContacts.Add(new SupportContact(person, at.AddHours(Between(2, 14 * 24)).AddMinutes(Between(0, 59)), "price_dispute", order, DemoComments.SpringSaleStory));
        }

        if (slow && Chance(0.4))
        {
            supportContacts.Add(new SupportContact(person, shipped.AddDays(Between(3, 6)).AddMinutes(Between(0, 600)), "delivery_status", order, DemoComments.SlowDeliveryStory));
        }

        if (failures > 0 && order.CheckoutBug && Chance(0.2))
        {
            supportContacts.Add(new SupportContact(person, at.AddMinutes(Between(10, 600)), "payment_error", order, DemoComments.CheckoutBugStory));
        }

        if (Chance(0.05))
        {
            var reason = Weighted(["delivery_status", "product_question", "warranty", "invoice"], r => r switch
            {
                "delivery_status" => 35,
                "product_question" => 30,
                "warranty" => 15,
                _ => paymentMethod == "invoice" ? 20 : 0,
            });
            var contactAt = reason switch
            {
                "delivery_status" => shipped.AddHours(Between(12, 60)),
                "warranty" => delivered.AddDays(Between(10, 90)),
                _ => delivered.AddDays(Between(0, 20)).AddHours(Between(0, 8)),
            };
            supportContacts.Add(new SupportContact(person, contactAt, reason, order));
        }

        if (Chance(0.055))
        {
            Return(order, delivered.AddDays(Between(2, 20)).AddHours(Between(0, 8)));
        }
    }

    private void Return(OrderContext order, DateTimeOffset at)
    {
        var person = order.Person;
        var reason = Weighted(["defect", "changed_mind", "wrong_item", "damaged_in_transit"], r => r switch { "defect" => 35, "changed_mind" => 40, "wrong_item" => 15, _ => 10 });
        Emit(at, person, "return.requested", "returns", order.Channel == "store" || Chance(0.15) ? "store" : "web", OrderProperties(order, ("reason", reason)));
        var refunded = at.AddDays(Between(5, 12)).AddHours(Between(0, 6));
        Emit(refunded, person, "refund.issued", "returns", "web", OrderProperties(order, ("amount", order.Value), ("currency", person.Country.Currency)));
        if (Chance(0.25))
        {
            supportContacts.Add(new SupportContact(person, at.AddDays(Between(1, 8)).AddHours(Between(0, 8)), "return", order));
        }

        if (person.SurveyConsent && Chance(0.45))
        {
            AddResponse(refunded.AddMinutes(Between(30, 2_880)), person, "returns-csat", "returns", "email", "csat", Score(ReturnsCsat, 1),
                Topic(new() { [DemoComments.ReturnsRefunds] = 5, [DemoComments.CustomerService] = 1 }), null,
                new(order.Product, null, null), OrderAttributes(order), order);
        }
    }

    private static JsonObject OrderAttributes(OrderContext order)
    {
        var attributes = PersonAttributes(order.Person);
        attributes["purchase_channel"] = order.Channel;
        if (order.Campaign is not null)
        {
            attributes["campaign"] = order.Campaign.Name;
        }

        if (order.Release is not null)
        {
            attributes["release"] = order.Release;
        }

        return attributes;
    }

    private static JsonObject PersonAttributes(Person person) => new()
    {
        ["country"] = person.Country.Code,
        ["region"] = person.Region.Name,
        ["segment"] = person.Segment,
    };

    // ---- Activity without an order ---------------------------------------------------------------------

    private void Browse()
    {
        for (var i = 0; i < BrowseSessions; i++)
        {
            var at = RandomTime(SampleDay(), store: false);
            var person = PickCustomerFor(at);
            if (person is null)
            {
                continue;
            }

            var channel = Chance(0.75) ? "web" : "app";
            var release = ReleaseAt(channel == "web" ? WebReleases : AppReleases, DayOf(at));
            var product = Weighted(Products, p => p.Weight);
            if (Chance(0.5))
            {
                Emit(at, person, "search", "site-search", channel, new JsonObject { ["query_category"] = product.Key, ["results"] = Between(0, 120) });
            }

            var pages = Between(1, 2);
            for (var p = 1; p <= pages; p++)
            {
                Emit(at.AddMinutes(p * Between(1, 6)), person, "page.view", "product-page", channel, new JsonObject { ["product_category"] = product.Key, ["release"] = release });
            }

            if (Chance(0.1))
            {
                Emit(at.AddMinutes(15), person, "cart.add", "web-shop", channel, new JsonObject { ["product_category"] = product.Key, ["release"] = release });
            }
        }

        for (var i = 0; i < StoreVisitsWithoutPurchase; i++)
        {
            var at = RandomTime(SampleDay(), store: true);
            if (PickCustomerFor(at) is { } person)
            {
                Emit(at, person, "store.visit", "physical-store", "store", new JsonObject { ["store"] = person.Store });
            }
        }
    }

    /// <summary>Each campaign opens with a newsletter to the club members who subscribed to it.</summary>
    private void SendNewsletters()
    {
        foreach (var campaign in Campaigns)
        {
            var sent = new DateTimeOffset(campaign.From.Year, campaign.From.Month, campaign.From.Day, 6, 0, 0, TimeSpan.Zero);
            foreach (var person in people.Where(p => p.NewsletterSubscriber && p.CreatedAt < sent))
            {
                Emit(sent.AddSeconds(Between(0, 3_600)), person, "newsletter.sent", "newsletter", "email", new JsonObject { ["campaign"] = campaign.Name });
            }
        }
    }

    // ---- Customer service -----------------------------------------------------------------------------

    private sealed record SupportContact(Person Person, DateTimeOffset At, string Reason, OrderContext? Order, string? Story = null);

    private void GeneralSupport()
    {
        for (var i = 0; i < GeneralSupportContacts; i++)
        {
            var at = RandomTime(SampleDay(), store: true);
            supportContacts.Add(new SupportContact(PickExistingCustomer(at), at, Pick(["product_question", "product_question", "account", "stock_question"]), null));
        }
    }

    /// <summary>
    /// Waits follow from volume: the busier a week is compared with a normal week, the longer customers
    /// queue. That is why the spring-sale complaints made everyone wait, which tempts a reader to blame
    /// customer service.
    /// </summary>
    private void HandleSupportContacts()
    {
        var perWeek = new Dictionary<int, int>();
        foreach (var contact in supportContacts)
        {
            var week = Week(contact.At);
            perWeek[week] = perWeek.GetValueOrDefault(week) + 1;
        }

        var normal = perWeek.Values.Order().ElementAt(perWeek.Count / 2);
        foreach (var contact in supportContacts)
        {
            var person = contact.Person;
            var load = Math.Max(0.8, (double)perWeek[Week(contact.At)] / normal);
            var channel = Weighted(["phone", "chat", "email"], c => c switch { "phone" => 42, "chat" => 40, _ => 18 });
            var (type, touchpoint, wait, longWait) = channel switch
            {
                "phone" => ("support.call", "customer-service-phone", Wait(Between(1, 8), load), 20),
                "chat" => ("support.chat", "customer-service-chat", Wait(Between(0, 3), load), 10),
                _ => ("support.email", "customer-service-email", (int)(Between(60, 600) * load), 1_440),
            };
            var properties = new JsonObject { ["reason"] = contact.Reason, ["wait_minutes"] = wait };
            if (contact.Order is { } order)
            {
                properties["order_id"] = order.OrderId;
                if (order.Campaign is not null)
                {
                    properties["campaign"] = order.Campaign.Name;
                }
            }

            Emit(contact.At, person, type, touchpoint, channel, properties);
            var misled = contact.Reason == "price_dispute";
            if (!person.SurveyConsent || !Chance(misled ? 0.6 : 0.5))
            {
                continue;
            }

            var attributes = contact.Order is { } o ? OrderAttributes(o) : PersonAttributes(person);
            attributes["contact_reason"] = contact.Reason;
            var slowReply = wait >= longWait;
            var ces = misled ? MisledCes : slowReply || contact.Story is not null ? FrictionCes : BaseCes;
            var topics = new Dictionary<string, double>
            {
                [DemoComments.CustomerService] = 4,
                [DemoComments.WaitingTime] = slowReply ? 4 : 1,
                [DemoComments.ReturnsRefunds] = contact.Reason == "return" ? 4 : 0,
            };
            var done = contact.At.AddMinutes(channel == "email" ? wait + Between(5, 60) : wait + Between(3, 20));
            AddResponse(done.AddMinutes(Between(10, 1_440)), person, "support-ces", touchpoint, channel == "phone" ? "sms" : channel, "ces", Score(ces, 1),
                Topic(topics), contact.Story, new(contact.Order?.Product, null, wait), attributes, contact.Order);
        }
    }

    private int Wait(int baseMinutes, double load) => (int)Math.Round(baseMinutes * Math.Pow(load, 1.6)) + Between(0, 2);

    private int Week(DateTimeOffset at) => (int)((at - from).TotalDays / 7);

    // ---- Relationship survey --------------------------------------------------------------------------

    /// <summary>Every customer who accepts surveys is asked once a year, on a random day, how likely they are to recommend Nordvik.</summary>
    private void RelationshipSurveys()
    {
        foreach (var person in people)
        {
            if (!person.SurveyConsent || !Chance(0.72))
            {
                continue;
            }

            var earliest = person.CreatedAt > from ? person.CreatedAt.AddDays(14) : from;
            if (earliest >= to)
            {
                continue;
            }

            var at = earliest.AddMinutes(random.NextDouble() * (to - earliest).TotalMinutes);
            at = new DateTimeOffset(at.Year, at.Month, at.Day, Between(6, 19), Between(0, 59), Between(0, 59), TimeSpan.Zero);
            var grudge = person.Disappointments.Where(d => d.At < at && d.At > at.AddDays(-45)).Select(d => d.Story).LastOrDefault();
            var nps = grudge is not null ? SouredNps : person.IsMember ? MemberNps : BaseNps;
            AddResponse(at, person, "relationship-nps", null, "email", "nps", Score(nps, 0),
                Topic(new()
                {
                    [DemoComments.Price] = 3, [DemoComments.ProductQuality] = 3, [DemoComments.Delivery] = 2, [DemoComments.CustomerService] = 2,
                    [DemoComments.WebsiteApp] = 2, [DemoComments.StoreExperience] = 1, [DemoComments.LoyaltyProgram] = person.IsMember ? 3 : 0.3,
                    [DemoComments.MarketingCommunication] = 1, [DemoComments.ReturnsRefunds] = 1, [DemoComments.WaitingTime] = 1, [DemoComments.CheckoutPayment] = 1,
                }),
                grudge, new(null, null, null), PersonAttributes(person));
        }
    }

    // ---- Responses and comments -----------------------------------------------------------------------

    private sealed record Fill(ProductCategory? Product, int? Days, int? Minutes);

    private sealed record PendingResponse(DateTimeOffset At, int Sequence, Person Person, string Survey, string? Touchpoint, string Channel,
        string Metric, int Score, string? Comment, string? Reason, JsonObject Attributes, string? OrderId);

    private int Score(double[] weights, int min) => min + Weighted(weights);

    private string Topic(Dictionary<string, double> weights) => Weighted(weights.Keys.ToList(), k => weights[k]);

    private static Tone ToneOf(string metric, int score) => metric switch
    {
        "nps" => score >= 9 ? Tone.Positive : score >= 7 ? Tone.Mixed : Tone.Negative,
        "csat" => score >= 4 ? Tone.Positive : score == 3 ? Tone.Mixed : Tone.Negative,
        _ => score >= 6 ? Tone.Positive : score >= 4 ? Tone.Mixed : Tone.Negative,
    };

    private void AddResponse(DateTimeOffset at, Person person, string survey, string? touchpoint, string channel, string metric, int score,
        string topic, string? story, Fill fill, JsonObject attributes, OrderContext? order = null)
    {
        var tone = ToneOf(metric, score);
        string? comment = null;
        string? reason = null;
        if (Chance(tone switch { Tone.Positive => 0.5, Tone.Mixed => 0.5, _ => 0.75 }))
        {
            // A happy customer of a story still had the bad experience; they praise something else.
            var praised = tone == Tone.Positive && (story is not null || (topic == DemoComments.Delivery && fill.Days >= 3)) ? DemoComments.ProductQuality : topic;
            var template = ChooseTemplate(person.Language, tone, praised, story, fill);
            comment = Frame(person.Language, tone, FillIn(template, person, fill));
            reason = template.Topic;
        }
        else if (Chance(0.5))
        {
            reason = topic;
        }

        if (at >= from && at <= to)
        {
            responses.Add(new PendingResponse(at, ++sequence, person, survey, touchpoint, channel, metric, score, comment, reason, attributes, order?.OrderId));
        }
    }

    private DemoComments.Template ChooseTemplate(string language, Tone tone, string topic, string? story, Fill fill)
    {
        if (story is not null && tone != Tone.Positive && Chance(0.85))
        {
            return Pick(DemoComments.All.Where(t => t.Language == language && t.Story == story && t.Tone == tone).ToList());
        }

        // A comment must not contradict the record it comes with: no "took 6 days" about a 2-day delivery.
        var general = DemoComments.All.Where(t => t.Language == language && t.Story is null && t.Tone == tone
            && !(fill.Days < 4 && t.Text.Contains("{days}", StringComparison.Ordinal))
            && !(fill.Minutes is { } wait && t.Text.Contains("{minutes}", StringComparison.Ordinal) && (tone == Tone.Positive ? wait > 5 : wait < 15))).ToList();
        var onTopic = general.Where(t => t.Topic == topic).ToList();
        return Pick(onTopic.Count > 0 ? onTopic : general);
    }

    private string FillIn(DemoComments.Template template, Person person, Fill fill)
    {
        var text = template.Text;
        if (text.Contains("{product}", StringComparison.Ordinal))
        {
            var noun = (fill.Product ?? Weighted(Products, p => p.Weight)).Noun[person.Language];
            text = text.StartsWith("{product}", StringComparison.Ordinal)
                ? string.Concat(noun[..1].ToUpperInvariant(), noun[1..], text["{product}".Length..])
                : text.Replace("{product}", noun, StringComparison.Ordinal);
        }

        if (text.Contains("{days}", StringComparison.Ordinal))
        {
            var days = template.Story == DemoComments.SlowDeliveryStory ? (fill.Days ?? 8) - 2
                : fill.Days is >= 4 ? fill.Days.Value : Between(4, 7);
            text = text.Replace("{days}", days.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal);
        }

        if (text.Contains("{minutes}", StringComparison.Ordinal))
        {
            var minutes = template.Tone == Tone.Positive
                ? (fill.Minutes is >= 1 and <= 5 ? fill.Minutes.Value : Between(1, 4))
                : (fill.Minutes is >= 15 ? fill.Minutes.Value : Between(20, 55));
            text = text.Replace("{minutes}", minutes.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal);
        }

        return text.Replace("{store}", person.Store, StringComparison.Ordinal);
    }

    private string Frame(string language, Tone tone, string text)
    {
        var (prefixes, suffixes) = DemoComments.Frames[(language, tone)];
        if (Chance(0.25))
        {
            text = Pick(prefixes) + text;
        }

        if (Chance(0.2))
        {
            text += Pick(suffixes);
        }

        return text;
    }

    // ---- Output ---------------------------------------------------------------------------------------

    private sealed record PendingEvent(DateTimeOffset At, int Sequence, Person Person, string Type, string Touchpoint, string Channel, JsonObject Properties);

    private void Emit(DateTimeOffset at, Person person, string type, string touchpoint, string channel, JsonObject properties)
    {
        // Before a customer signs up, the shop cannot tell who browsed: such events are anonymous and not part of the demo.
        if (at <= person.CreatedAt)
        {
            return;
        }

        // Null properties (a store order has no release) are left out rather than sent as null.
        foreach (var key in properties.Where(p => p.Value is null).Select(p => p.Key).ToList())
        {
            properties.Remove(key);
        }

        if (at >= from && at <= to)
        {
            events.Add(new PendingEvent(at, ++sequence, person, type, touchpoint, channel, properties));
        }
    }

    private static string Format(DateTimeOffset time) => time.UtcDateTime.ToString(Timestamp, CultureInfo.InvariantCulture);

    private static JsonObject CustomerJson(Person person)
    {
        var customer = new JsonObject
        {
            ["id"] = person.Id,
            ["name"] = person.Name,
            ["email"] = person.Email,
        };
        if (person.Phone is not null)
        {
            customer["phone"] = person.Phone;
        }

        customer["language"] = person.Language;
        customer["consent"] = new JsonObject { ["surveys"] = person.SurveyConsent, ["marketing"] = person.MarketingConsent };
        customer["attributes"] = new JsonObject
        {
            ["country"] = person.Country.Code,
            ["region"] = person.Region.Name,
            ["city"] = person.City,
            ["store"] = person.Store,
            ["segment"] = person.Segment,
            ["lifetime_value"] = person.LifetimeValue,
        };
        customer["created_at"] = Format(person.CreatedAt);
        return customer;
    }

    private static JsonObject EventJson(PendingEvent e, int number) => new()
    {
        ["id"] = string.Create(CultureInfo.InvariantCulture, $"e-{number:D6}"),
        ["customer_id"] = e.Person.Id,
        ["type"] = e.Type,
        ["touchpoint"] = e.Touchpoint,
        ["channel"] = e.Channel,
        ["occurred_at"] = Format(e.At),
        ["properties"] = e.Properties,
    };

    private static JsonObject ResponseJson(PendingResponse r, int number)
    {
        var response = new JsonObject
        {
            ["id"] = string.Create(CultureInfo.InvariantCulture, $"r-{number:D6}"),
            ["survey"] = r.Survey,
            ["customer_id"] = r.Person.Id,
        };
        if (r.Touchpoint is not null)
        {
            response["touchpoint"] = r.Touchpoint;
        }

        response["channel"] = r.Channel;
        response["submitted_at"] = Format(r.At);
        response["language"] = r.Person.Language;
        response["metric"] = r.Metric;
        response["score"] = r.Score;
        if (r.Comment is not null)
        {
            response["comment"] = r.Comment;
        }

        if (r.Reason is not null)
        {
            response["answers"] = new JsonObject { ["reason"] = r.Reason };
        }

        response["attributes"] = r.Attributes;
        return response;
    }
}
