using Ekko.Core.Data;
using Ekko.Core.Features.Workspaces;
using Microsoft.AspNetCore.Identity;

namespace Ekko.Server.Hosting;

/// <summary>User accounts with one password policy for the server and the command line.</summary>
internal static class IdentitySetup
{
    public static IdentityBuilder AddEkkoIdentity(this IServiceCollection services) =>
        services.AddIdentityCore<EkkoUser>(o =>
            {
                // Length over composition rules, as NIST SP 800-63B recommends.
                o.Password.RequiredLength = 10;
                o.Password.RequireDigit = false;
                o.Password.RequireLowercase = false;
                o.Password.RequireUppercase = false;
                o.Password.RequireNonAlphanumeric = false;
                o.User.RequireUniqueEmail = true;
                o.Lockout.MaxFailedAccessAttempts = 10;
            })
            .AddEntityFrameworkStores<EkkoDbContext>();
}
