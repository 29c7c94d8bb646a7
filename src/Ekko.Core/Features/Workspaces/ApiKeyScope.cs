namespace Ekko.Core.Features.Workspaces;

/// <summary>What an API key may do. <see cref="Admin"/> includes the other two.</summary>
public enum ApiKeyScope
{
    /// <summary>Send customers, interactions and responses in.</summary>
    Ingest,

    /// <summary>Read data back out.</summary>
    Read,

    /// <summary>Everything, including touchpoints, journeys and API keys.</summary>
    Admin,
}

public static class ApiKeyScopeRules
{
    public static bool Allows(this ApiKeyScope granted, ApiKeyScope required) =>
        granted == ApiKeyScope.Admin || granted == required;
}
