using System.Text.Json.Nodes;
using Ekko.Analytics;
using Ekko.Core.Features.Responses;

namespace Ekko.Core.Tests.Features.Responses;

public sealed class ResponseRecordTests
{
    private static JsonObject Valid() => JsonNode.Parse("""
        {"id": "r-1", "survey": "post-delivery", "customer_id": "c-1", "touchpoint": "home-delivery",
         "channel": "email", "submitted_at": "2026-03-02T09:01:00+01:00", "language": "sv",
         "metric": "nps", "score": 3, "comment": "Paketet kom sent.", "answers": {"reason": "delivery"},
         "attributes": {"campaign": "spring-sale"}}
        """)!.AsObject();

    [Fact]
    public void Reads_every_field_of_the_format_and_converts_times_to_utc()
    {
        var result = ResponseRecord.Parse(Valid());

        Assert.True(result.IsValid, string.Join("; ", result.Errors));
        var r = result.Value!;
        Assert.Equal(("r-1", "post-delivery", "c-1", "home-delivery", "email"), (r.Id, r.Survey, r.CustomerId, r.Touchpoint, r.Channel));
        Assert.Equal(new DateTimeOffset(2026, 3, 2, 8, 1, 0, TimeSpan.Zero), r.SubmittedAt);
        Assert.Equal(TimeSpan.Zero, r.SubmittedAt.Offset);
        Assert.Equal((Metric.Nps, 3), (r.Metric!.Value, r.Score!.Value));
        Assert.Equal("delivery", (string?)r.Answers["reason"]);
        Assert.Equal("spring-sale", (string?)r.Attributes["campaign"]);
    }

    [Theory]
    [InlineData("nps", 11, "must be 0-10 for metric nps, got 11")]
    [InlineData("nps", -1, "must be 0-10 for metric nps, got -1")]
    [InlineData("csat", 0, "must be 1-5 for metric csat, got 0")]
    [InlineData("csat", 6, "must be 1-5 for metric csat, got 6")]
    [InlineData("ces", 8, "must be 1-7 for metric ces, got 8")]
    public void Refuses_a_score_outside_the_metrics_scale(string metric, int score, string message)
    {
        var record = Valid();
        record["metric"] = metric;
        record["score"] = score;

        var error = Assert.Single(ResponseRecord.Parse(record).Errors);

        Assert.Equal(("score", message), (error.Field, error.Message));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(10)]
    public void Accepts_the_ends_of_the_nps_scale(int score)
    {
        var record = Valid();
        record["score"] = score;

        Assert.True(ResponseRecord.Parse(record).IsValid);
    }

    [Fact]
    public void Names_every_bad_field_at_once()
    {
        var record = Valid();
        record.Remove("id");
        record["score"] = "three";
        record["submitted_at"] = "2026-03-02 08:01";
        record["metric"] = "nsp";

        var fields = ResponseRecord.Parse(record).Errors.Select(e => e.Field).Order().ToList();

        Assert.Equal(["id", "metric", "score", "submitted_at"], fields);
    }

    [Fact]
    public void Refuses_a_time_without_offset_because_it_is_ambiguous()
    {
        var record = Valid();
        record["submitted_at"] = "2026-03-02T08:01:00";

        var error = Assert.Single(ResponseRecord.Parse(record).Errors);

        Assert.Equal("submitted_at", error.Field);
        Assert.Contains("with offset", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Keeps_unknown_fields_as_attributes_instead_of_dropping_them()
    {
        var record = Valid();
        record["region"] = "Stockholm";

        var result = ResponseRecord.Parse(record);

        Assert.Equal("Stockholm", (string?)result.Value!.Attributes["region"]);
    }

    [Fact]
    public void Refuses_nested_attribute_values_since_nothing_could_group_by_them()
    {
        var record = Valid();
        record["attributes"] = JsonNode.Parse("""{"campaign": {"name": "x"}}""");

        var error = Assert.Single(ResponseRecord.Parse(record).Errors);

        Assert.Equal("attributes.campaign", error.Field);
    }

    [Fact]
    public void Needs_a_metric_when_a_score_is_given()
    {
        var record = Valid();
        record.Remove("metric");

        var error = Assert.Single(ResponseRecord.Parse(record).Errors);

        Assert.Equal("metric", error.Field);
    }

    [Fact]
    public void Accepts_a_response_without_a_scored_question()
    {
        var record = Valid();
        record.Remove("metric");
        record.Remove("score");

        Assert.True(ResponseRecord.Parse(record).IsValid);
    }

    [Fact]
    public void Says_what_it_got_when_the_line_is_not_an_object()
    {
        var error = Assert.Single(ResponseRecord.Parse(JsonNode.Parse("[1, 2]")).Errors);

        Assert.Equal("expected a JSON object, got an array", error.Message);
    }
}
