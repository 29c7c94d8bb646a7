using Ekko.Core.Data;
using Ekko.Core.Features.Workspaces;
using Microsoft.AspNetCore.Identity;

namespace Ekko.Server.Hosting;

/// <summary>User accounts with one password policy for the server and the command line.</summary>
internal static class IdentitySetup
{
    public static IdentityBuilder AddEkkoIdentity(this IServiceCollection services) =>
        services.AddIdentityCore<EkkoUser>(AccountPolicy.Apply)
            .AddEntityFrameworkStores<EkkoDbContext>();
}
