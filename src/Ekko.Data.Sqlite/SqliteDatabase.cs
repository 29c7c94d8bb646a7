using Ekko.Core.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace Ekko.Data.Sqlite;

/// <summary>The embedded default: one SQLite file in WAL mode, migrations from this assembly.</summary>
public static class SqliteDatabase
{
    public const string DefaultConnectionString = "Data Source=data/ekko.db";

    public static void Configure(DbContextOptionsBuilder options, string connectionString)
    {
        EnsureDirectoryExists(connectionString);
        options.UseSqlite(connectionString, sqlite => sqlite.MigrationsAssembly(typeof(SqliteDatabase).Assembly.GetName().Name))
            .ReplaceService<IModelCustomizer, SqliteModelCustomizer>()
            .AddInterceptors(SqlitePragmas.Instance);
    }

    private static void EnsureDirectoryExists(string connectionString)
    {
        var file = new SqliteConnectionStringBuilder(connectionString).DataSource;
        if (string.IsNullOrEmpty(file) || file == ":memory:" || file.StartsWith("file:", StringComparison.Ordinal))
        {
            return;
        }

        var directory = Path.GetDirectoryName(Path.GetFullPath(file));
        if (!string.IsNullOrEmpty(directory))
        {
            Directory.CreateDirectory(directory);
        }
    }
}
