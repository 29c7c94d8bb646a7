using Ekko.Core.Data;
using Ekko.Core.Features.Workspaces;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Identity;
using Ekko.Server.Hosting;
using static Ekko.Server.Features.Workspaces.HtmlPage;

namespace Ekko.Server.Features.Workspaces;

/// <summary>Sign-in with ASP.NET Core Identity cookies, the forced change of a one-time password, and a start page.</summary>
internal static class AccountPages
{
    public static void MapAccountPages(this IEndpointRouteBuilder routes)
    {
        var pages = routes.MapGroup("").ExcludeFromDescription();

        pages.MapGet("/login", (HttpContext context, IAntiforgery antiforgery) => LoginForm(context, antiforgery, error: null));

        pages.MapPost("/login", async (HttpContext context, IAntiforgery antiforgery, SignInManager<EkkoUser> signIn, UserManager<EkkoUser> users) =>
        {
            if (!await antiforgery.IsRequestValidAsync(context))
            {
                return LoginForm(context, antiforgery, "The form expired; please sign in again.", StatusCodes.Status400BadRequest);
            }

            var form = await context.Request.ReadFormAsync(context.RequestAborted);
            var email = form["email"].ToString();
            var result = await signIn.PasswordSignInAsync(email, form["password"].ToString(), isPersistent: false, lockoutOnFailure: true);
            if (!result.Succeeded)
            {
                var why = result.IsLockedOut ? "Too many failed attempts; try again in a few minutes." : "Wrong e-mail or password.";
                return LoginForm(context, antiforgery, why, StatusCodes.Status401Unauthorized);
            }

            var user = await users.FindByNameAsync(email);
            return Results.Redirect(user?.MustChangePassword == true ? "/account/password" : LocalPaths.OrHome(form["returnUrl"].ToString()));
        });

        pages.MapGet("/account/password", (HttpContext context, IAntiforgery antiforgery) => PasswordForm(context, antiforgery, null))
            .RequireAuthorization(p => p.AddAuthenticationSchemes(IdentityConstants.ApplicationScheme).RequireAuthenticatedUser());

        pages.MapPost("/account/password", async (HttpContext context, IAntiforgery antiforgery, UserManager<EkkoUser> users, SignInManager<EkkoUser> signIn) =>
        {
            if (!await antiforgery.IsRequestValidAsync(context))
            {
                return PasswordForm(context, antiforgery, "The form expired; please try again.", StatusCodes.Status400BadRequest);
            }

            var form = await context.Request.ReadFormAsync(context.RequestAborted);
            var user = await users.GetUserAsync(context.User);
            if (user is null)
            {
                return Results.Redirect("/login");
            }

            var result = await users.ChangePasswordAsync(user, form["current"].ToString(), form["new"].ToString());
            if (!result.Succeeded)
            {
                return PasswordForm(context, antiforgery, string.Join(" ", result.Errors.Select(e => e.Description)), StatusCodes.Status400BadRequest);
            }

            user.MustChangePassword = false;
            await users.UpdateAsync(user);
            await signIn.RefreshSignInAsync(user);
            return Results.Redirect("/");
        }).RequireAuthorization(p => p.AddAuthenticationSchemes(IdentityConstants.ApplicationScheme).RequireAuthenticatedUser());

        pages.MapPost("/logout", async (HttpContext context, IAntiforgery antiforgery, SignInManager<EkkoUser> signIn) =>
        {
            if (!await antiforgery.IsRequestValidAsync(context))
            {
                return Results.Redirect("/");
            }

            await signIn.SignOutAsync();
            return Results.Redirect("/login");
        });
    }

    private static IResult LoginForm(HttpContext context, IAntiforgery antiforgery, string? error, int status = StatusCodes.Status200OK)
    {
        var token = antiforgery.GetAndStoreTokens(context);
        var message = error is null ? "" : $"""<p class="error" role="alert">{E(error)}</p>""";
        return Render("Sign in", $"""
            <h1>Sign in to Ekko</h1>
            {message}
            <form method="post" action="/login">
              <input type="hidden" name="{E(token.FormFieldName)}" value="{E(token.RequestToken)}">
              <input type="hidden" name="returnUrl" value="{E(LocalPaths.OrHome(context.Request.Query["ReturnUrl"].ToString()))}">
              <label for="email">E-mail</label>
              <input id="email" name="email" type="email" autocomplete="username" required>
              <label for="password">Password</label>
              <input id="password" name="password" type="password" autocomplete="current-password" required>
              <button type="submit">Sign in</button>
            </form>
            """, status);
    }

    private static IResult PasswordForm(HttpContext context, IAntiforgery antiforgery, string? error, int status = StatusCodes.Status200OK)
    {
        var token = antiforgery.GetAndStoreTokens(context);
        var message = error is null ? "" : $"""<p class="error" role="alert">{E(error)}</p>""";
        return Render("Choose a password", $"""
            <h1>Choose your own password</h1>
            <p>You signed in with a one-time password. Choose a password of at least {AccountPolicy.MinimumPasswordLength} characters.</p>
            {message}
            <form method="post" action="/account/password">
              <input type="hidden" name="{E(token.FormFieldName)}" value="{E(token.RequestToken)}">
              <label for="current">One-time password</label>
              <input id="current" name="current" type="password" autocomplete="current-password" required>
              <label for="new">New password</label>
              <input id="new" name="new" type="password" autocomplete="new-password" minlength="{AccountPolicy.MinimumPasswordLength}" required>
              <button type="submit">Save password</button>
            </form>
            """, status);
    }

}
