namespace Ekko.Core.Features.Cases;

/// <summary>How long a case may take, in business time: to the first contact, to resolution; warnings come <see cref="WarnBefore"/> earlier.</summary>
public sealed record SlaPolicy(TimeSpan FirstContact, TimeSpan Resolution, TimeSpan WarnBefore);
