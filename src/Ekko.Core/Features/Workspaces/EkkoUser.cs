using Microsoft.AspNetCore.Identity;

namespace Ekko.Core.Features.Workspaces;

public sealed class EkkoUser : IdentityUser
{
    public string DisplayName { get; set; } = "";

    /// <summary>Set for the first-run admin whose one-time password was printed to the console.</summary>
    public bool MustChangePassword { get; set; }
}
