using Ekko.Core.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Ekko.Data.Postgres;

/// <summary>Lets <c>dotnet ef migrations add --project src/Ekko.Data.Postgres</c> build the model; it never connects.</summary>
internal sealed class DesignTimeFactory : IDesignTimeDbContextFactory<EkkoDbContext>
{
    public EkkoDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<EkkoDbContext>();
        PostgresDatabase.Configure(options, "Host=localhost;Database=ekko_design;Username=ekko");
        return new EkkoDbContext(options.Options);
    }
}
