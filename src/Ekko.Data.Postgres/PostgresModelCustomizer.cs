using Ekko.Core.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Query.SqlExpressions;

namespace Ekko.Data.Postgres;

/// <summary>
/// JSON object columns become jsonb (validated by the server, indexable); JSON lookups use jsonb functions;
/// external ids sort in binary order, as on SQLite.
/// </summary>
internal sealed class PostgresModelCustomizer(ModelCustomizerDependencies dependencies) : RelationalModelCustomizer(dependencies)
{
    public override void Customize(ModelBuilder modelBuilder, DbContext context)
    {
        base.Customize(modelBuilder, context);

        foreach (var property in modelBuilder.Model.GetEntityTypes().SelectMany(t => t.GetProperties()))
        {
            if (property.FindAnnotation(JsonColumn.Annotation) is not null)
            {
                property.SetColumnType("jsonb");
            }

            // External ids are compared by keyset pagination; a binary collation makes their order the same
            // everywhere (and in C#'s ordinal comparisons), whatever the server's locale.
            if (property.Name == "ExternalId")
            {
                property.SetCollation("C");
            }
        }

        modelBuilder.HasDbFunction(typeof(JsonFunctions).GetMethod(nameof(JsonFunctions.Text))!)
            .HasTranslation(args => new SqlFunctionExpression(
                "jsonb_extract_path_text", args,
                nullable: true, argumentsPropagateNullability: [true, true], typeof(string), args[1].TypeMapping));
    }
}
