namespace Ekko.Server.Api;

/// <summary>The documented shape of a batch body (the endpoints read it as a JSON tree to name bad fields).</summary>
internal sealed record BatchBody<T>(IReadOnlyList<T> Items);
