using Ekko.Analytics;

namespace Ekko.Core.Features.Cases;

public sealed record CaseRuleView(
    Guid Id, string Name, bool Active, int Position, Metric? Metric, int? MaxScore, IReadOnlyList<string> Keywords,
    string? CustomerAttribute, string? CustomerAttributeValue, string? Touchpoint, string? Sentiment, string? Theme,
    CasePriority Priority, string? RaisePriorityAttribute, double? RaisePriorityAtLeast, string? Team);
