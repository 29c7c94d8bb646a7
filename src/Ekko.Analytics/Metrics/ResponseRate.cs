namespace Ekko.Analytics.Metrics;

/// <summary>Response rate = answered invitations / invitations sent, in percent with a Wilson interval.</summary>
public static class ResponseRate
{
    public static Estimate Estimate(long responses, long invitations)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(invitations);
        if (responses > invitations)
        {
            throw new ArgumentOutOfRangeException(nameof(responses), responses, "more responses than invitations");
        }

        return Proportion.Estimate(responses, invitations);
    }
}
