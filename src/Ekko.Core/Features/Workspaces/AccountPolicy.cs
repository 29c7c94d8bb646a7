using Microsoft.AspNetCore.Identity;

namespace Ekko.Core.Features.Workspaces;

/// <summary>
/// Rules for people's accounts, wherever accounts are made (server, command line, first run). Length over
/// composition rules, as NIST SP 800-63B recommends; the first-run password generator relies on it.
/// </summary>
public static class AccountPolicy
{
    public const int MinimumPasswordLength = 10;

    public static void Apply(IdentityOptions options)
    {
        options.Password.RequiredLength = MinimumPasswordLength;
        options.Password.RequireDigit = false;
        options.Password.RequireLowercase = false;
        options.Password.RequireUppercase = false;
        options.Password.RequireNonAlphanumeric = false;
        options.User.RequireUniqueEmail = true;
        options.Lockout.MaxFailedAccessAttempts = 10;
    }
}
