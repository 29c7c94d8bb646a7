using System.Reflection;
using Ekko.Core.Data;
using Ekko.Core.Features.Workspaces;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Ekko.Core;

public static class CoreServices
{
    /// <summary>
    /// Registers every use case (a sealed class in Features with a HandleAsync method) so that adding a use
    /// case is adding a file. The database is registered separately, by the chosen provider.
    /// </summary>
    public static IServiceCollection AddEkkoCore(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(WriteGate.Open);
        services.AddSingleton<ApiKeyCache>();
        services.AddSingleton<Features.Metrics.ResponseIndexes>();
        services.AddSingleton<Features.TextInsights.TextAnalyzers>();
        services.AddScoped<Formats.RecordImport>();
        services.AddSingleton<Features.Distribution.SurveyTokens>();
        services.AddSingleton<Features.Surveys.SurveyCache>();
        services.TryAddSingleton(new Features.Distribution.EmailSettings());
        services.AddScoped<Features.Distribution.SessionRecorder>();
        services.TryAddSingleton(new Features.Integrations.WebhookOptions());
        services.AddSingleton<Features.Integrations.WebhookTransport>();
        services.TryAddSingleton(new Features.Mentions.ListeningOptions());
        services.AddSingleton<Features.Mentions.FeedTransport>();
        services.TryAddSingleton(new Features.Alerts.AlertOptions());
        foreach (var handler in UseCaseTypes())
        {
            services.AddScoped(handler);
        }

        return services;
    }

    public static IEnumerable<Type> UseCaseTypes() =>
        typeof(CoreServices).Assembly.GetTypes().Where(t =>
            t is { IsClass: true, IsSealed: true, IsAbstract: false, IsPublic: true }
            && t.Namespace?.StartsWith("Ekko.Core.Features", StringComparison.Ordinal) == true
            && t.GetMethod("HandleAsync", BindingFlags.Public | BindingFlags.Instance) is not null);
}
