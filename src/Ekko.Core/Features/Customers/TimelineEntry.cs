using System.Text.Json.Nodes;
using Ekko.Analytics;
using Ekko.Core.Features.Responses;

namespace Ekko.Core.Features.Customers;

/// <summary>
/// One item of a customer's timeline: an interaction, a survey response, a survey invitation (its status and the
/// reason in <see cref="Title"/>) or a follow-up case, in one shape for all.
/// </summary>
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
    JsonObject? Attributes = null,
    long? CaseNumber = null,
    string? Status = null,
    string? Title = null);
