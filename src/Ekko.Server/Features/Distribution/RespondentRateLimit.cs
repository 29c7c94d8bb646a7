using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace Ekko.Server.Features.Distribution;

/// <summary>
/// Limits the public survey endpoints per client address (token bucket, <c>Surveys:RequestsPerMinute</c>, default
/// 300): plenty for people, several behind one office NAT included, and a brake on scripts that would flood the
/// answers or guess links. Over the limit a client gets 429 with Retry-After.
/// </summary>
internal static class RespondentRateLimit
{
    public static void Add(RateLimiterOptions options, IConfiguration configuration)
    {
        var perMinute = Math.Max(1, configuration.GetValue("Surveys:RequestsPerMinute", 300));
        options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
        options.AddPolicy(SurveyPages.RateLimitPolicy, http => RateLimitPartition.GetTokenBucketLimiter(
            http.Connection.RemoteIpAddress?.ToString() ?? "unknown",
            _ => new TokenBucketRateLimiterOptions
            {
                TokenLimit = perMinute,
                TokensPerPeriod = perMinute,
                ReplenishmentPeriod = TimeSpan.FromMinutes(1),
                QueueLimit = 0,
                AutoReplenishment = true,
            }));
        options.OnRejected = async (context, ct) =>
        {
            context.HttpContext.Response.Headers.RetryAfter = "60";
            var language = Ekko.Core.Features.Distribution.RespondentLanguage.ForPage(
                Ekko.Core.Features.Distribution.RespondentLanguage.FromAcceptLanguage(context.HttpContext.Request.Headers.AcceptLanguage.ToString()));
            await SurveyPage.TooManyRequests(language).ExecuteAsync(context.HttpContext);
        };
    }
}
