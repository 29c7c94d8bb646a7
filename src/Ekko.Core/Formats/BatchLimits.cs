namespace Ekko.Core.Formats;

public static class BatchLimits
{
    /// <summary>Most records one API batch may carry; larger sets are split by the sender (or use the CLI import).</summary>
    public const int MaxItems = 1000;
}
