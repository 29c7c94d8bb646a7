using System.Data.Common;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace Ekko.Core.Data;

/// <summary>
/// Multi-row <c>INSERT ... ON CONFLICT (WorkspaceId, ExternalId) DO NOTHING RETURNING ExternalId</c>: the
/// idempotent, race-free insert that ingestion needs, in SQL that SQLite and PostgreSQL both speak. Column
/// names and value conversions come from the EF model, so the rows are stored exactly as EF would store them.
/// </summary>
internal static class BulkInsert
{
    // SQLite allows 32,766 parameters per statement and PostgreSQL 65,535; stay well under both.
    private const int MaxParametersPerStatement = 30_000;

    /// <summary>Inserts the rows not stored yet and returns the external ids of those it inserted.</summary>
    public static async Task<HashSet<string>> InsertNewAsync<T>(EkkoDbContext db, IReadOnlyList<T> rows, CancellationToken cancellationToken)
        where T : class
    {
        var inserted = new HashSet<string>(StringComparer.Ordinal);
        if (rows.Count == 0)
        {
            return inserted;
        }

        var entityType = db.Model.FindEntityType(typeof(T)) ?? throw new InvalidOperationException($"{typeof(T).Name} is not an entity.");
        var table = StoreObjectIdentifier.Table(entityType.GetTableName()!, entityType.GetSchema());
        var properties = entityType.GetProperties().ToArray();
        var sql = db.GetService<ISqlGenerationHelper>();
        var columns = string.Join(", ", properties.Select(p => sql.DelimitIdentifier(p.GetColumnName(table)!)));
        var conflict = $"{sql.DelimitIdentifier("WorkspaceId")}, {sql.DelimitIdentifier("ExternalId")}";
        var head = $"INSERT INTO {sql.DelimitIdentifier(table.Name, table.Schema)} ({columns}) VALUES ";
        var tail = $" ON CONFLICT ({conflict}) DO NOTHING RETURNING {sql.DelimitIdentifier("ExternalId")}";
        var mappings = properties.Select(p => p.GetRelationalTypeMapping()).ToArray();
        var getters = properties.Select(p => p.GetGetter()).ToArray();
        var rowsPerStatement = Math.Max(1, MaxParametersPerStatement / properties.Length);

        var connection = db.Database.GetDbConnection();
        var transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        if (connection.State != System.Data.ConnectionState.Open)
        {
            await db.Database.OpenConnectionAsync(cancellationToken);
        }

        foreach (var chunk in rows.Chunk(rowsPerStatement))
        {
            await using var command = connection.CreateCommand();
            command.Transaction = transaction;
            var text = new StringBuilder(head);
            var parameter = 0;
            for (var r = 0; r < chunk.Length; r++)
            {
                text.Append(r == 0 ? "(" : ", (");
                for (var c = 0; c < properties.Length; c++)
                {
                    var name = $"@p{parameter++}";
                    text.Append(c == 0 ? name : ", " + name);
                    command.Parameters.Add(mappings[c].CreateParameter(command, name, getters[c].GetClrValue(chunk[r]), properties[c].IsNullable));
                }

                text.Append(')');
            }

            command.CommandText = text.Append(tail).ToString();
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                inserted.Add(reader.GetString(0));
            }
        }

        return inserted;
    }
}
