using System.Text.Json.Nodes;
using Ekko.Analytics;
using Ekko.Core.Features.Responses;

namespace Ekko.Core.Features.Customers;

/// <summary>One item of a customer's timeline: an interaction or a survey response, in one shape for both.</summary>
public sealed record TimelineEntry(
    string Kind,
    string Id,
    DateTimeOffset At,
    string? Touchpoint,
    string? Channel,
    string? Type = null,
    JsonObject? Properties = null,
    string? Survey = null,
    Metric? Metric = null,
    int? Score = null,
    string? Comment = null,
    JsonObject? Attributes = null);
