using Ekko.Core.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Ekko.Data.Sqlite;

/// <summary>Lets <c>dotnet ef migrations add --project src/Ekko.Data.Sqlite</c> build the model without the server.</summary>
internal sealed class DesignTimeFactory : IDesignTimeDbContextFactory<EkkoDbContext>
{
    public EkkoDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<EkkoDbContext>();
        SqliteDatabase.Configure(options, "Data Source=design-time.db");
        return new EkkoDbContext(options.Options);
    }
}
