using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Ekko.Data.Sqlite;

/// <summary>
/// Per-connection settings. WAL lets readers work while a writer commits; synchronous=NORMAL is the safe
/// companion of WAL (a power cut may lose the last commits, never corrupts); busy_timeout makes concurrent
/// writers wait for each other instead of failing. A 16 MB page cache (default 2 MB) keeps the hot index pages
/// of ingestion in memory: +14 % batch throughput in bench/load/ingest.sh (docs/performance.md).
/// </summary>
internal sealed class SqlitePragmas : DbConnectionInterceptor
{
    public static readonly SqlitePragmas Instance = new();

    private const string Pragmas = "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA busy_timeout=10000; PRAGMA cache_size=-16384;";

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => Apply(connection);

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static void Apply(DbConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        command.ExecuteNonQuery();
    }
}
