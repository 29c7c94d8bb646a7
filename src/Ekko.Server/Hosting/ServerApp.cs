using Ekko.Core;
using Ekko.Core.Data;
using Ekko.Core.Features.Workspaces;
using Ekko.Core.Formats;
using Ekko.Server.Api;
using Ekko.Server.Components;
using Ekko.Server.Features.ActionPlans;
using Ekko.Server.Features.Alerts;
using Ekko.Server.Features.Cases;
using Ekko.Server.Features.Customers;
using Ekko.Server.Features.Distribution;
using Ekko.Server.Features.Insights;
using Ekko.Server.Features.Integrations;
using Ekko.Server.Features.Interactions;
using Ekko.Server.Features.Journeys;
using Ekko.Server.Features.Mentions;
using Ekko.Server.Features.Metrics;
using Ekko.Server.Features.Responses;
using Ekko.Server.Features.Surveys;
using Ekko.Server.Features.TextInsights;
using Ekko.Server.Features.Workspaces;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using MudBlazor.Services;
using Scalar.AspNetCore;

namespace Ekko.Server.Hosting;

/// <summary>Builds the web application: API, sign-in, documentation. The CLI's serve verb and the tests start it.</summary>
public static class ServerApp
{
    public static WebApplication Build(string[] args)
    {
        var builder = WebApplication.CreateBuilder(args);
        builder.Configuration.AddShippedDefaults(builder.Environment.ContentRootPath);
        // Hosted services start in registration order: the database must be migrated before Data Protection's
        // own hosted service reads its key ring from it.
        builder.Services.AddHostedService<StartupTasks>();
        builder.Services.AddHostedService<MetricsWarmUp>();
        builder.Services.AddHostedService<SurveySessionSweep>();
        builder.Services.AddHostedService<InvitationSending>();
        builder.Services.AddHostedService<TextAnalysisPipeline>();
        builder.Services.AddHostedService<CaseSlaWatching>();
        builder.Services.AddHostedService<WebhookDelivering>();
        builder.Services.AddHostedService<MentionListening>();
        builder.Services.AddHostedService<ChurnModelTraining>();
        builder.Services.AddHostedService<AlertWatching>();
        builder.Services.AddHostedService<AlertMailSending>();
        AddServices(builder.Services, builder.Configuration);

        var app = builder.Build();
        MapEndpoints(app);
        app.Lifetime.ApplicationStarted.Register(() => Announce(app));
        return app;
    }

    /// <summary>What someone who just ran the quick start needs: where to go and how to get in.</summary>
    private static void Announce(WebApplication app)
    {
        var url = app.Urls.FirstOrDefault() ?? "http://localhost:5000";
        Console.WriteLine($"Ekko is running at {url}  (API documentation: {url.TrimEnd('/')}/api/docs)");
        if (app.Configuration.GetValue<bool>("Ekko:Demo"))
        {
            var password = app.Configuration["Ekko:Admin:Password"] is { Length: > 0 } ? "the password you configured" : DemoSeeding.DemoPassword;
            Console.WriteLine($"Sign in as {DemoSeeding.AdminEmail(app.Configuration)} with {password}.");
        }
    }

    public static void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton(configuration.GetSection("Email").Get<Ekko.Core.Features.Distribution.EmailSettings>() ?? new());
        services.AddSingleton(configuration.GetSection("Webhooks").Get<Ekko.Core.Features.Integrations.WebhookOptions>() ?? new());
        services.AddSingleton(configuration.GetSection("Listening").Get<Ekko.Core.Features.Mentions.ListeningOptions>() ?? new());
        services.AddSingleton(configuration.GetSection("Alerts").Get<Ekko.Core.Features.Alerts.AlertOptions>() ?? new());
        services.AddEkkoCore();
        services.AddEkkoDatabase(configuration);
        services.ConfigureHttpJsonOptions(o => EkkoJson.Configure(o.SerializerOptions));
        services.AddProblemDetails();
        services.AddOpenApi(o => o.AddDocumentTransformer((document, _, _) =>
        {
            document.Info.Title = "Ekko API";
            document.Info.Description = "Customer experience data in and out. Authenticate with an API key: 'Authorization: Bearer ekko_...'.";
            return Task.CompletedTask;
        }));

        services.AddAuthentication(IdentityConstants.ApplicationScheme)
            .AddScheme<Microsoft.AspNetCore.Authentication.AuthenticationSchemeOptions, ApiKeyAuthentication>(ApiKeyAuthentication.SchemeName, null)
            .AddIdentityCookies();
        services.ConfigureApplicationCookie(o =>
        {
            o.LoginPath = "/login";
            o.Cookie.Name = "ekko.auth";
            o.Cookie.SameSite = SameSiteMode.Lax;
            o.Cookie.HttpOnly = true;
        });
        services.AddEkkoIdentity().AddSignInManager();
        services.AddAuthorization(ApiScope.AddPolicies);
        services.AddAntiforgery();
        // The web app: interactive server-rendered Razor components, MudBlazor, texts in English and Swedish.
        services.AddRazorComponents().AddInteractiveServerComponents();
        services.AddCascadingAuthenticationState();
        services.AddMudServices();
        services.AddLocalization();
        services.AddRateLimiter(o => RespondentRateLimit.Add(o, configuration));
        // The widget's public calls come from customers' own sites: any origin, no credentials.
        services.AddCors(o => o.AddPolicy(WidgetEndpoints.CorsPolicy, p => p.AllowAnyOrigin().AllowAnyHeader().WithMethods("GET", "POST")));
        // Cookie keys live in the database: they survive restarts and containers, and several instances
        // behind a load balancer accept each other's cookies.
        services.AddDataProtection().SetApplicationName("Ekko").PersistKeysToDbContext<EkkoDbContext>();
    }

    public static void MapEndpoints(WebApplication app)
    {
        // A malformed request that the framework itself rejects (bad framing, body too large) is the
        // client's error, not the server's: answer with its 4xx status, never 500.
        app.UseExceptionHandler(new ExceptionHandlerOptions
        {
            StatusCodeSelector = e => e is BadHttpRequestException bad ? bad.StatusCode : StatusCodes.Status500InternalServerError,
        });
        app.UseStatusCodePages();
        app.UseRequestLocalization(UiCultures.Options());
        app.UseCors();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseAntiforgery();
        app.UseRateLimiter();

        app.MapOpenApi("/api/{documentName}.json");
        app.MapScalarApiReference("/api/docs", o => o.WithTitle("Ekko API").WithOpenApiRoutePattern("/api/{documentName}.json"));
        app.MapTouchpoints();
        app.MapJourneys();
        app.MapCustomers();
        app.MapInteractions();
        app.MapResponses();
        app.MapResponseDownloads();
        app.MapMetrics();
        app.MapTextInsights();
        app.MapInsights();
        app.MapChurnRisk();
        app.MapSurveys();
        app.MapSurveyPages();
        app.MapDistribution();
        app.MapWidget();
        app.MapApiKeys();
        app.MapCases();
        app.MapCaseSetup();
        app.MapActionPlans();
        app.MapWebhooks();
        app.MapMentions();
        app.MapAlerts();
        app.MapAccountPages();
        app.MapCultureSwitch();
        app.MapStaticAssets();
        app.MapRazorComponents<App>().AddInteractiveServerRenderMode();
        app.MapGet("/health", () => Results.Ok(new { status = "ok" })).ExcludeFromDescription();
    }
}
