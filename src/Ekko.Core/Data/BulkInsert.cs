using System.Data.Common;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace Ekko.Core.Data;

/// <summary>
/// <c>INSERT ... ON CONFLICT (WorkspaceId, ExternalId) DO NOTHING RETURNING ExternalId</c> row by row: the
/// idempotent, race-free insert that ingestion needs, in SQL that SQLite and PostgreSQL both speak. Column
/// names and value conversions come from the EF model, so rows are stored exactly as EF would store them.
/// Where the driver batches commands (Npgsql), all rows go to the server in one round trip; where it does not
/// (SQLite, in-process), one prepared statement is re-executed, which is the fastest way SQLite has.
/// Multi-row VALUES lists were measured slower on SQLite: binding a named parameter scans all of them.
/// <see cref="InsertAllAsync"/> is the same without the conflict clause, for rows whose keys cannot exist yet.
/// </summary>
internal static class BulkInsert
{
    /// <summary>Inserts the rows not stored yet and returns the external ids of those it inserted.</summary>
    public static async Task<HashSet<string>> InsertNewAsync<T>(EkkoDbContext db, IReadOnlyList<T> rows, CancellationToken cancellationToken)
        where T : class
    {
        var inserted = new HashSet<string>(StringComparer.Ordinal);
        if (rows.Count == 0)
        {
            return inserted;
        }

        var statement = Statement.For<T>(db, idempotent: true);
        var (connection, transaction) = await ConnectionAsync(db, cancellationToken);
        if (connection.CanCreateBatch)
        {
            await using var factory = connection.CreateCommand();
            await using var batch = Batch(connection, transaction, factory, statement, rows);
            await using var reader = await batch.ExecuteReaderAsync(cancellationToken);
            do
            {
                while (await reader.ReadAsync(cancellationToken))
                {
                    inserted.Add(reader.GetString(0));
                }
            }
            while (await reader.NextResultAsync(cancellationToken));

            return inserted;
        }

        await using var single = await PreparedAsync(connection, transaction, statement, rows[0], cancellationToken);
        foreach (var row in rows)
        {
            statement.SetValues(single.Parameters, row);
            if (await single.ExecuteScalarAsync(cancellationToken) is string id)
            {
                inserted.Add(id);
            }
        }

        return inserted;
    }

    /// <summary>Inserts every row, as EF would store it but without its per-row overhead (about 3x faster on SQLite).</summary>
    public static async Task InsertAllAsync<T>(EkkoDbContext db, IReadOnlyList<T> rows, CancellationToken cancellationToken)
        where T : class
    {
        if (rows.Count == 0)
        {
            return;
        }

        var statement = Statement.For<T>(db, idempotent: false);
        var (connection, transaction) = await ConnectionAsync(db, cancellationToken);
        if (connection.CanCreateBatch)
        {
            await using var factory = connection.CreateCommand();
            await using var batch = Batch(connection, transaction, factory, statement, rows);
            await batch.ExecuteNonQueryAsync(cancellationToken);
            return;
        }

        await using var single = await PreparedAsync(connection, transaction, statement, rows[0], cancellationToken);
        foreach (var row in rows)
        {
            statement.SetValues(single.Parameters, row);
            await single.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    /// <summary>
    /// Inserts one row unless a row with the same <paramref name="conflictColumns"/> (a unique index) exists; true when
    /// this call inserted it. The claim for one-time work: of several instances inserting the same row, one wins.
    /// </summary>
    public static async Task<bool> InsertIfAbsentAsync<T>(EkkoDbContext db, T row, IReadOnlyList<string> conflictColumns, CancellationToken cancellationToken)
        where T : class
    {
        var statement = Statement.For<T>(db, idempotent: false, conflictColumns);
        var (connection, transaction) = await ConnectionAsync(db, cancellationToken);
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = statement.Sql;
        statement.Bind(command.Parameters, command, row);
        return await command.ExecuteNonQueryAsync(cancellationToken) == 1;
    }

    /// <summary>The context's connection, opened, and the transaction it is in (if any), so the rows join the caller's commit.</summary>
    private static async Task<(DbConnection Connection, DbTransaction? Transaction)> ConnectionAsync(EkkoDbContext db, CancellationToken cancellationToken)
    {
        var connection = db.Database.GetDbConnection();
        if (connection.State != System.Data.ConnectionState.Open)
        {
            await db.Database.OpenConnectionAsync(cancellationToken);
        }

        return (connection, db.Database.CurrentTransaction?.GetDbTransaction());
    }

    /// <summary>One round trip for all rows (PostgreSQL); <paramref name="factory"/> only creates the parameters.</summary>
    private static DbBatch Batch<T>(DbConnection connection, DbTransaction? transaction, DbCommand factory, Statement statement, IReadOnlyList<T> rows)
        where T : class
    {
        var batch = connection.CreateBatch();
        batch.Transaction = transaction;
        foreach (var row in rows)
        {
            var command = batch.CreateBatchCommand();
            command.CommandText = statement.Sql;
            statement.Bind(command.Parameters, factory, row);
            batch.BatchCommands.Add(command);
        }

        return batch;
    }

    /// <summary>One prepared statement whose parameters get new values per row: no re-parsing, no parameter re-creation.</summary>
    private static async Task<DbCommand> PreparedAsync<T>(DbConnection connection, DbTransaction? transaction, Statement statement, T first, CancellationToken cancellationToken)
        where T : class
    {
        var single = connection.CreateCommand();
        single.Transaction = transaction;
        single.CommandText = statement.Sql;
        try
        {
            statement.Bind(single.Parameters, single, first);
            await single.PrepareAsync(cancellationToken);
            return single;
        }
        catch
        {
            await single.DisposeAsync();
            throw;
        }
    }

    private sealed record Statement(string Sql, IProperty[] Properties, RelationalTypeMapping[] Mappings)
    {
        public static Statement For<T>(EkkoDbContext db, bool idempotent, IReadOnlyList<string>? doNothingOn = null)
        {
            var entityType = db.Model.FindEntityType(typeof(T)) ?? throw new InvalidOperationException($"{typeof(T).Name} is not an entity.");
            var table = StoreObjectIdentifier.Table(entityType.GetTableName()!, entityType.GetSchema());
            var properties = entityType.GetProperties().ToArray();
            var sql = db.GetService<ISqlGenerationHelper>();
            var columns = string.Join(", ", properties.Select(p => sql.DelimitIdentifier(p.GetColumnName(table)!)));
            var values = string.Join(", ", properties.Select((_, i) => $"@p{i}"));
            var text = $"INSERT INTO {sql.DelimitIdentifier(table.Name, table.Schema)} ({columns}) VALUES ({values})";
            if (idempotent)
            {
                text += $" ON CONFLICT ({sql.DelimitIdentifier("WorkspaceId")}, {sql.DelimitIdentifier("ExternalId")}) DO NOTHING " +
                        $"RETURNING {sql.DelimitIdentifier("ExternalId")}";
            }

            else if (doNothingOn is not null)
            {
                text += $" ON CONFLICT ({string.Join(", ", doNothingOn.Select(c => sql.DelimitIdentifier(c)))}) DO NOTHING";
            }

            return new Statement(text, properties, properties.Select(p => p.GetRelationalTypeMapping()).ToArray());
        }

        /// <param name="factory">Any command of the connection: the type mapping creates provider parameters with it
        /// (jsonb, timestamptz, value converters), which then go into <paramref name="parameters"/>.</param>
        public void Bind(DbParameterCollection parameters, DbCommand factory, object row)
        {
            for (var i = 0; i < Properties.Length; i++)
            {
                var value = Properties[i].GetGetter().GetClrValueUsingContainingEntity(row);
                parameters.Add(Mappings[i].CreateParameter(factory, $"@p{i}", value, Properties[i].IsNullable));
            }
        }

        /// <summary>Puts another row's values into parameters made by <see cref="Bind"/>, converted as the mappings convert them.</summary>
        public void SetValues(DbParameterCollection parameters, object row)
        {
            for (var i = 0; i < Properties.Length; i++)
            {
                var value = Properties[i].GetGetter().GetClrValueUsingContainingEntity(row);
                if (value is not null && Mappings[i].Converter is { } converter)
                {
                    value = converter.ConvertToProvider(value);
                }

                parameters[i].Value = value ?? DBNull.Value;
            }
        }
    }
}
