namespace Ekko.Core.Features.Demo;

/// <summary>
/// The four true stories planted in the Nordvik Elektronik demo data. Tests, docs/demo-data.md and later
/// analytics tests refer to these values so that "what Ekko should find" has a single source of truth.
/// All dates are UTC days, both ends inclusive. The stories sit at fixed dates: a data set whose year
/// (see <see cref="DemoRetailer.Generate"/>) does not cover a story's dates simply does not contain it.
/// </summary>
public static class DemoStories
{
    /// <summary>
    /// Story a: the spring campaign advertised "up to 50% off" that did not apply at checkout. Every event and
    /// response that follows a campaign order carries <c>campaign = spring-sale</c>.
    /// </summary>
    public const string SpringSaleCampaign = "spring-sale";

    /// <summary>First day of the spring-sale campaign (orders attributed to it are placed from here on).</summary>
    public static readonly DateOnly SpringSaleFrom = new(2026, 4, 6);

    /// <summary>Last day of the spring-sale campaign.</summary>
    public static readonly DateOnly SpringSaleTo = new(2026, 4, 26);

    /// <summary>
    /// End of the aftermath: the support contacts and survey answers that follow campaign orders fall between
    /// <see cref="SpringSaleFrom"/> and this day (four weeks after the campaign).
    /// </summary>
    public static readonly DateOnly SpringSaleAftermathTo = new(2026, 5, 24);

    /// <summary>Story b: the region whose parcels were slow (the carrier's Göteborg terminal was short of capacity).</summary>
    public const string SlowDeliveryRegion = "Västra Götaland";

    /// <summary>First day on which parcels shipped to <see cref="SlowDeliveryRegion"/> were slow.</summary>
    public static readonly DateOnly SlowDeliveryFrom = new(2026, 9, 7);

    /// <summary>Last day on which parcels shipped to <see cref="SlowDeliveryRegion"/> were slow.</summary>
    public static readonly DateOnly SlowDeliveryTo = new(2026, 9, 27);

    /// <summary>Fewest delivery days of a slow parcel (normal parcels take 1-3, rarely 4).</summary>
    public const int SlowDeliveryMinDays = 6;

    /// <summary>Most delivery days of a slow parcel.</summary>
    public const int SlowDeliveryMaxDays = 9;

    /// <summary>
    /// First day of the survey window: post-delivery surveys are answered after delivery, so the slow
    /// parcels show up in answers submitted a week later than they were shipped, from here ...
    /// </summary>
    public static readonly DateOnly SlowDeliverySurveysFrom = SlowDeliveryFrom.AddDays(7);

    /// <summary>... to here (the last slow parcels arrive until about 6 October, among normal ones again).</summary>
    public static readonly DateOnly SlowDeliverySurveysTo = SlowDeliveryTo.AddDays(7);

    /// <summary>Story c: the web shop release whose checkout made card payments fail. Web checkout events carry <c>release</c>.</summary>
    public const string CheckoutBugRelease = "web-2026.06.2";

    /// <summary>The hotfix release that ended the checkout bug.</summary>
    public const string CheckoutBugFixRelease = "web-2026.06.3";

    /// <summary>The day <see cref="CheckoutBugRelease"/> went live.</summary>
    public static readonly DateOnly CheckoutBugFrom = new(2026, 6, 10);

    /// <summary>The last day <see cref="CheckoutBugRelease"/> was live (the hotfix went live the next day).</summary>
    public static readonly DateOnly CheckoutBugTo = new(2026, 6, 19);

    /// <summary>
    /// Story d: churn after bad experiences. The seed of the pass that plants it, apart from
    /// <see cref="DemoRetailer.Seed"/> so that planting churn leaves every other draw, and the stories above, as they were.
    /// </summary>
    public const int ChurnSeed = 20_261_037;

    /// <summary>Chance that a negative answer (NPS 0-6, CSAT 1-2, CES 1-3) makes the customer stop buying.</summary>
    public const double ChurnLeaveAfterNegativeAnswer = 0.1;

    /// <summary>... and a negative answer whose comment is about delivery, customer service or waiting time.</summary>
    public const double ChurnLeaveAfterServiceComplaint = 0.5;

    /// <summary>... and a customer-service contact about a problem (price dispute, parcel status, failed payment).</summary>
    public const double ChurnLeaveAfterProblemContact = 0.1;

    /// <summary>Fewest days between the bad experience and the customer's last chance to buy.</summary>
    public const int ChurnLeaveMinDays = 2;

    /// <summary>Most days between the bad experience and the customer's last chance to buy.</summary>
    public const int ChurnLeaveMaxDays = 21;

    /// <summary>Chance that a positive answer makes the customer a regular in their store until their next answer.</summary>
    public const double ChurnComeBackAfterGoodAnswer = 0.2;

    /// <summary>Fewest ordinary days between a regular's store purchases (busy weeks count more, July less).</summary>
    public const int ChurnComeBackMinDays = 25;

    /// <summary>Most ordinary days between a regular's store purchases.</summary>
    public const int ChurnComeBackMaxDays = 85;
}
