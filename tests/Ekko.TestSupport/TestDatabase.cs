using Ekko.Core.Data;
using Ekko.Data.Postgres;
using Ekko.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Ekko.TestSupport;

/// <summary>
/// A fresh, migrated database on the provider the test run is configured for: SQLite by default,
/// PostgreSQL when <c>EKKO_TEST_DB=postgres</c> (with <c>EKKO_TEST_POSTGRES</c> naming the server).
/// ./test.sh runs the whole suite once per provider, so every persistence test runs on both.
/// </summary>
public sealed class TestDatabase : IAsyncDisposable, IDbContextFactory<EkkoDbContext>
{
    private readonly string? sqliteFile;
    private readonly string? postgresDatabase;
    private readonly WriteGate sqliteGate = new(oneWriterAtATime: true);

    private TestDatabase(string provider, string connectionString, string? sqliteFile, string? postgresDatabase)
    {
        Provider = provider;
        ConnectionString = connectionString;
        this.sqliteFile = sqliteFile;
        this.postgresDatabase = postgresDatabase;
    }

    public string Provider { get; }
    public string ConnectionString { get; }

    /// <summary>The gate production uses for this provider (one writer at a time on SQLite).</summary>
    public WriteGate WriteGate => Provider == "Sqlite" ? sqliteGate : WriteGate.Open;

    public static string ConfiguredProvider =>
        Environment.GetEnvironmentVariable("EKKO_TEST_DB")?.ToLowerInvariant() switch
        {
            null or "" or "sqlite" => "Sqlite",
            "postgres" => "Postgres",
            var other => throw new InvalidOperationException($"EKKO_TEST_DB must be sqlite or postgres, not '{other}'"),
        };

    public static async Task<TestDatabase> CreateAsync()
    {
        TestDatabase database;
        if (ConfiguredProvider == "Postgres")
        {
            var server = Environment.GetEnvironmentVariable("EKKO_TEST_POSTGRES")
                ?? throw new InvalidOperationException("EKKO_TEST_DB=postgres needs EKKO_TEST_POSTGRES (a connection string to a server where the user may create databases)");
            var name = $"ekko_test_{Guid.NewGuid():N}";
            await using (var admin = new NpgsqlConnection(server))
            {
                await admin.OpenAsync();
                await using var create = new NpgsqlCommand($"CREATE DATABASE {name}", admin);
                await create.ExecuteNonQueryAsync();
            }

            database = new TestDatabase("Postgres", new NpgsqlConnectionStringBuilder(server) { Database = name }.ConnectionString, null, name);
        }
        else
        {
            var file = Path.Combine(Path.GetTempPath(), $"ekko-test-{Guid.NewGuid():N}.db");
            database = new TestDatabase("Sqlite", $"Data Source={file}", file, null);
        }

        await using var db = database.CreateDbContext();
        await db.Database.MigrateAsync();
        return database;
    }

    public void Configure(DbContextOptionsBuilder options)
    {
        if (Provider == "Postgres")
        {
            PostgresDatabase.Configure(options, ConnectionString);
        }
        else
        {
            SqliteDatabase.Configure(options, ConnectionString);
        }
    }

    public EkkoDbContext CreateDbContext()
    {
        var options = new DbContextOptionsBuilder<EkkoDbContext>();
        Configure(options);
        return new EkkoDbContext(options.Options);
    }

    public async ValueTask DisposeAsync()
    {
        if (sqliteFile is not null)
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            foreach (var suffix in new[] { "", "-wal", "-shm" })
            {
                File.Delete(sqliteFile + suffix);
            }
        }

        if (postgresDatabase is not null)
        {
            NpgsqlConnection.ClearAllPools();
            await using var admin = new NpgsqlConnection(Environment.GetEnvironmentVariable("EKKO_TEST_POSTGRES"));
            await admin.OpenAsync();
            await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS {postgresDatabase} WITH (FORCE)", admin);
            // An autovacuum worker in the database can make the drop fail for a moment; the cluster is
            // thrown away after the run anyway, so a database left behind is harmless.
            for (var attempt = 1; ; attempt++)
            {
                try
                {
                    await drop.ExecuteNonQueryAsync();
                    break;
                }
                catch (PostgresException) when (attempt < 5)
                {
                    await Task.Delay(200 * attempt);
                }
                catch (PostgresException)
                {
                    break;
                }
            }
        }
    }
}
