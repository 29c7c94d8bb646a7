namespace Ekko.Core.Features.Journeys;

/// <summary>Where a touchpoint sits relative to the purchase.</summary>
public enum JourneyPhase
{
    BeforePurchase,
    DuringPurchase,
    AfterPurchase,
}
