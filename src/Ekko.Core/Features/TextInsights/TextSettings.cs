namespace Ekko.Core.Features.TextInsights;

/// <summary>A workspace's text settings: <c>{"redact_pii": true}</c> replaces personal data in comments wherever they are shown or exported.</summary>
public sealed record TextSettings(bool RedactPii);
