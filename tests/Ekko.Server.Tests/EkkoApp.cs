using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Ekko.Core.Features.Workspaces;
using Ekko.Core.Formats;
using Ekko.TestSupport;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Ekko.Server.Tests;

/// <summary>
/// The real server (all middleware, real database on the configured provider) in memory, with helpers to
/// create workspaces and API keys the way an admin would.
/// </summary>
/// <param name="settings">Configuration every instance of this app gets (on top of the test database and admin).</param>
public sealed class EkkoApp(params (string Key, string Value)[] settings) : IAsyncLifetime
{
    public const string AdminEmail = "admin@test.example";
    public const string AdminPassword = "correct horse battery";

    private TestDatabase database = null!;

    public WebApplicationFactory<Program> Factory { get; private set; } = null!;

    public Task InitializeAsync() => InitializeAsync(useKestrel: false);

    /// <param name="useKestrel">Serve on a real port, for what only Kestrel enforces (body size limits).</param>
    public async Task InitializeAsync(bool useKestrel)
    {
        database = await TestDatabase.CreateAsync();
        Factory = CreateInstance();
        if (useKestrel)
        {
            Factory.UseKestrel(0);
            Factory.StartServer();
        }
        else
        {
            _ = Factory.Server;
        }
    }

    /// <summary>Another app instance on the same database, as behind a load balancer.</summary>
    public WebApplicationFactory<Program> CreateInstance() =>
        new WebApplicationFactory<Program>().WithWebHostBuilder(builder =>
        {
            builder.UseSetting("Database:Provider", database.Provider);
            builder.UseSetting("ConnectionStrings:Ekko", database.ConnectionString);
            builder.UseSetting("Ekko:Admin:Email", AdminEmail);
            builder.UseSetting("Ekko:Admin:Password", AdminPassword);
            foreach (var (key, value) in settings)
            {
                builder.UseSetting(key, value);
            }
        });

    public async Task DisposeAsync()
    {
        await Factory.DisposeAsync();
        await database.DisposeAsync();
    }

    public async Task<Workspace> CreateWorkspaceAsync(string slug)
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        var result = await scope.ServiceProvider.GetRequiredService<CreateWorkspace>()
            .HandleAsync(new CreateWorkspaceCommand("Test AB", slug, slug), CancellationToken.None);
        return result.Value ?? throw new InvalidOperationException(result.Message);
    }

    public async Task<string> CreateKeyAsync(Guid workspaceId, ApiKeyScope scope)
    {
        await using var services = Factory.Services.CreateAsyncScope();
        var key = await services.ServiceProvider.GetRequiredService<CreateApiKey>()
            .HandleAsync(new CreateApiKeyCommand(workspaceId, $"test {scope}", scope), CancellationToken.None);
        return key.Key!;
    }

    public HttpClient Client(string? apiKey = null)
    {
        var client = Factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        if (apiKey is not null)
        {
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", apiKey);
        }

        return client;
    }

    /// <summary>A workspace with an admin-scope client, ready for a test.</summary>
    public async Task<(Workspace Workspace, HttpClient Admin)> WorkspaceWithAdminAsync(string slug)
    {
        var workspace = await CreateWorkspaceAsync(slug);
        return (workspace, Client(await CreateKeyAsync(workspace.Id, ApiKeyScope.Admin)));
    }
}

public static class HttpTestExtensions
{
    public static Task<HttpResponseMessage> PostJsonAsync(this HttpClient client, string url, string json) =>
        client.PostAsync(url, new StringContent(json, System.Text.Encoding.UTF8, "application/json"));

    public static Task<HttpResponseMessage> PutJsonAsync(this HttpClient client, string url, string json) =>
        client.PutAsync(url, new StringContent(json, System.Text.Encoding.UTF8, "application/json"));

    public static async Task<JsonNode> JsonAsync(this HttpResponseMessage response) =>
        JsonNode.Parse(await response.Content.ReadAsStringAsync()) ?? throw new InvalidOperationException("empty body");

    /// <summary>The problem+json 'errors' of a 400: field name to messages.</summary>
    public static async Task<Dictionary<string, string[]>> ProblemErrorsAsync(this HttpResponseMessage response)
    {
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonObject>();
        return problem!["errors"]!.Deserialize<Dictionary<string, string[]>>()!;
    }

    public static async Task CreateTouchpointAsync(this HttpClient admin, string key, string stage = "after_purchase")
    {
        var response = await admin.PostJsonAsync("/api/v1/touchpoints", $$"""{"key": "{{key}}", "name": "{{key}}", "stage": "{{stage}}", "category": "interaction", "channel": "web"}""");
        Assert.Equal(System.Net.HttpStatusCode.Created, response.StatusCode);
    }

    public static string Json(object value) => JsonSerializer.Serialize(value, EkkoJson.Options);
}
