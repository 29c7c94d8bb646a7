using System.Text.Json.Nodes;

namespace Ekko.Core.Features.Demo;

/// <summary>
/// One year of Nordvik Elektronik's data in the public formats (docs/formats.md), ready for the ingest
/// use cases: touchpoint and journey bodies, customers, interactions, survey responses and mentions.
/// </summary>
public sealed record DemoDataSet(
    DateTimeOffset From,
    DateTimeOffset To,
    IReadOnlyList<JsonObject> Touchpoints,
    JsonObject Journey,
    IReadOnlyList<JsonObject> Customers,
    IReadOnlyList<JsonObject> Interactions,
    IReadOnlyList<JsonObject> Responses)
{
    /// <summary>Forum and social media posts about Nordvik (the <c>mentions</c> format), in time order.</summary>
    public IReadOnlyList<JsonObject> Mentions { get; init; } = [];
}

/// <summary>
/// Generates the Nordvik Elektronik demo data: a fictional Nordic electronics retailer with about 5,000
/// customers, 50,000 interactions and 10,000 survey responses over one year, and the three true stories of
/// <see cref="DemoStories"/> planted in it. Pure and deterministic: no I/O, no clock, a fixed seed, so the
/// same end date always gives exactly the same records.
/// </summary>
public static class DemoRetailer
{
    public const int Seed = 20_261_031;
    public const int CustomerCount = 5_000;

    /// <summary>The end of the default year of data: the year runs from 2025-11-01 to 2026-10-31.</summary>
    public static readonly DateTimeOffset DefaultEnd = new(2026, 10, 31, 23, 59, 59, TimeSpan.Zero);

    public static DemoDataSet Generate() => Generate(DefaultEnd);

    /// <summary>Generates the year of data that ends at <paramref name="end"/> (inclusive).</summary>
    public static DemoDataSet Generate(DateTimeOffset end) => new DemoGenerator(end.ToUniversalTime()).Run();
}
