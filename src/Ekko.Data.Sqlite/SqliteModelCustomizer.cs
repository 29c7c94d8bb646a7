using System.Linq.Expressions;
using Ekko.Core.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Query.SqlExpressions;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Ekko.Data.Sqlite;

/// <summary>
/// SQLite has no time-zone-aware type and EF Core cannot order or compare DateTimeOffset there, so times
/// are stored as UTC DateTime text (sortable, readable). JSON lookups use json_extract.
/// </summary>
internal sealed class SqliteModelCustomizer(ModelCustomizerDependencies dependencies) : RelationalModelCustomizer(dependencies)
{
    private static readonly ValueConverter<DateTimeOffset, DateTime> UtcDateTime = new(
        v => v.UtcDateTime,
        v => new DateTimeOffset(DateTime.SpecifyKind(v, DateTimeKind.Utc)));

    public override void Customize(ModelBuilder modelBuilder, DbContext context)
    {
        base.Customize(modelBuilder, context);

        foreach (var property in modelBuilder.Model.GetEntityTypes().SelectMany(t => t.GetProperties()))
        {
            if (property.ClrType == typeof(DateTimeOffset) || property.ClrType == typeof(DateTimeOffset?))
            {
                property.SetValueConverter(UtcDateTime);
            }
        }

        modelBuilder.HasDbFunction(typeof(JsonFunctions).GetMethod(nameof(JsonFunctions.Text))!)
            .HasTranslation(args =>
            {
                var text = args[1].TypeMapping;
                var path = new SqlFunctionExpression(
                    "printf", [new SqlConstantExpression("$.\"%w\"", text), args[1]],
                    nullable: true, argumentsPropagateNullability: [false, true], typeof(string), text);
                var value = new SqlFunctionExpression(
                    "json_extract", [args[0], path],
                    nullable: true, argumentsPropagateNullability: [true, true], typeof(string), text);
                return new SqlUnaryExpression(ExpressionType.Convert, value, typeof(string), text);
            });
    }
}
