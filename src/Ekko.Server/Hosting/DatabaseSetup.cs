using Ekko.Core.Data;
using Ekko.Data.Postgres;
using Ekko.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Ekko.Server.Hosting;

/// <summary>Chooses the database from configuration: <c>Database:Provider</c> (Sqlite or Postgres) and <c>ConnectionStrings:Ekko</c>.</summary>
public static class DatabaseSetup
{
    public static IServiceCollection AddEkkoDatabase(this IServiceCollection services, IConfiguration configuration)
    {
        var provider = configuration["Database:Provider"] ?? "Sqlite";
        var connectionString = configuration.GetConnectionString("Ekko");
        Action<DbContextOptionsBuilder> configure = provider.ToLowerInvariant() switch
        {
            "sqlite" => options => SqliteDatabase.Configure(options, connectionString ?? SqliteDatabase.DefaultConnectionString),
            "postgres" or "postgresql" => options => PostgresDatabase.Configure(options,
                connectionString ?? throw new InvalidOperationException("Database:Provider is Postgres but ConnectionStrings:Ekko is not set.")),
            _ => throw new InvalidOperationException($"Database:Provider must be Sqlite or Postgres, not '{provider}'."),
        };

        // SQLite has one writer at a time; queueing writers in-process beats its sleeping busy handler.
        services.AddSingleton(new WriteGate(oneWriterAtATime: provider.Equals("sqlite", StringComparison.OrdinalIgnoreCase)));
        // Pooled: ingestion creates a context per request, and pooling saves building each one's services.
        services.AddPooledDbContextFactory<EkkoDbContext>(configure);
        // Identity's stores want a scoped context; use cases create their own from the factory.
        services.AddScoped(sp => sp.GetRequiredService<IDbContextFactory<EkkoDbContext>>().CreateDbContext());
        return services;
    }
}
