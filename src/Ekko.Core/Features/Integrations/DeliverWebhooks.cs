using Ekko.Core.Data;

namespace Ekko.Core.Features.Integrations;

public sealed record DeliverWebhooksCommand(int MaxCount);

/// <param name="Disabled">Subscriptions this round turned off (ids), for the host to announce.</param>
public sealed record DeliverWebhooksResult(int Delivered, int Retrying, int Failed, IReadOnlyList<Guid> Disabled);

/// <summary>
/// Sends due webhook deliveries from the outbox, signed (<see cref="WebhookSignature"/>). Each delivery is
/// claimed with a lease first, so several instances never send one at the same time. A failure (no answer,
/// or a status other than 2xx) is retried with exponential backoff and jitter until
/// <see cref="WebhookOptions.MaxAttempts"/>; a subscription that fails <see cref="WebhookOptions.DisableAfterFailures"/>
/// times in a row is turned off with the reason. Delivery is at least once: receivers de-duplicate on the event id.
/// </summary>
public sealed class DeliverWebhooks(IDbContextFactory<EkkoDbContext> dbFactory, WebhookTransport transport, WebhookOptions options, TimeProvider clock)
{
    private static readonly TimeSpan Lease = TimeSpan.FromMinutes(2);

    public async Task<DeliverWebhooksResult> HandleAsync(DeliverWebhooksCommand command, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var due = await (from d in db.WebhookDeliveries
                         join s in db.WebhookSubscriptions on d.SubscriptionId equals s.Id
                         where d.Status == WebhookDeliveryStatus.Pending && d.NextAttemptAt <= now && (d.LeaseUntil == null || d.LeaseUntil < now) && s.Active
                         orderby d.NextAttemptAt, d.Id
                         select d.Id).Take(command.MaxCount).ToListAsync(cancellationToken);
        int delivered = 0, retrying = 0, failed = 0;
        var disabled = new List<Guid>();
        foreach (var id in due)
        {
            var claimed = await db.WebhookDeliveries
                .Where(d => d.Id == id && d.Status == WebhookDeliveryStatus.Pending && (d.LeaseUntil == null || d.LeaseUntil < now))
                .ExecuteUpdateAsync(u => u.SetProperty(d => d.LeaseUntil, now + Lease), cancellationToken);
            if (claimed == 0)
            {
                continue;
            }

            var delivery = await db.WebhookDeliveries.SingleAsync(d => d.Id == id, cancellationToken);
            var subscription = await db.WebhookSubscriptions.AsNoTracking().SingleAsync(s => s.Id == delivery.SubscriptionId, cancellationToken);
            var (ok, status, error) = subscription.Active ? await SendAsync(subscription, delivery, now, cancellationToken) : (false, null, null);
            if (!subscription.Active)
            {
                delivery.LeaseUntil = null;
                await db.SaveChangesAsync(cancellationToken);
                continue;
            }

            delivery.Attempts++;
            delivery.LastAttemptAt = now;
            delivery.LastStatusCode = status;
            delivery.LeaseUntil = null;
            if (ok)
            {
                delivery.Status = WebhookDeliveryStatus.Delivered;
                delivery.DeliveredAt = now;
                delivery.LastError = null;
                delivered++;
                await db.WebhookSubscriptions.Where(s => s.Id == subscription.Id && s.ConsecutiveFailures != 0)
                    .ExecuteUpdateAsync(u => u.SetProperty(s => s.ConsecutiveFailures, 0), cancellationToken);
            }
            else
            {
                delivery.LastError = error;
                if (delivery.Attempts >= options.MaxAttempts)
                {
                    delivery.Status = WebhookDeliveryStatus.Failed;
                    failed++;
                }
                else
                {
                    delivery.NextAttemptAt = now + Backoff(delivery.Attempts);
                    retrying++;
                }

                if (await CountFailureAsync(db, subscription.Id, now, cancellationToken))
                {
                    disabled.Add(subscription.Id);
                }
            }

            await db.SaveChangesAsync(cancellationToken);
        }

        return new DeliverWebhooksResult(delivered, retrying, failed, disabled);
    }

    /// <summary>1x, 2x, 4x ... the first delay, each +-20% so that many failed deliveries do not come back in one wave.</summary>
    private TimeSpan Backoff(int attempts) =>
        TimeSpan.FromSeconds(options.FirstRetrySeconds * Math.Pow(2, attempts - 1) * (0.8 + (Random.Shared.NextDouble() * 0.4)));

    /// <returns>true when this failure turned the subscription off (only one instance can: the update is conditional).</returns>
    private async Task<bool> CountFailureAsync(EkkoDbContext db, Guid subscriptionId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await db.WebhookSubscriptions.Where(s => s.Id == subscriptionId)
            .ExecuteUpdateAsync(u => u.SetProperty(s => s.ConsecutiveFailures, s => s.ConsecutiveFailures + 1), cancellationToken);
        var limit = options.DisableAfterFailures;
        var reason = $"turned off on {now:yyyy-MM-dd HH:mm} UTC after {limit} failed attempts in a row; fix the receiver and turn it on again (pending deliveries are kept)";
        return await db.WebhookSubscriptions.Where(s => s.Id == subscriptionId && s.Active && s.ConsecutiveFailures >= limit)
            .ExecuteUpdateAsync(u => u.SetProperty(s => s.Active, false).SetProperty(s => s.DisabledAt, now).SetProperty(s => s.DisabledReason, reason), cancellationToken) == 1;
    }

    /// <summary>Errors are recorded without the URL: a chat webhook's URL is itself a secret.</summary>
    private async Task<(bool Ok, int? Status, string? Error)> SendAsync(WebhookSubscription subscription, WebhookDelivery delivery, DateTimeOffset now, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, subscription.Url)
        {
            Content = new StringContent(delivery.Payload, System.Text.Encoding.UTF8, "application/json"),
        };
        request.Headers.Add(WebhookSignature.Header, WebhookSignature.Sign(subscription.Secret, now, delivery.Payload));
        request.Headers.Add("Ekko-Event", delivery.EventType);
        request.Headers.Add("Ekko-Event-Id", delivery.EventId.ToString());
        request.Headers.Add("Ekko-Delivery", delivery.Id.ToString());
        try
        {
            using var response = await transport.Client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
            var code = (int)response.StatusCode;
            return response.IsSuccessStatusCode ? (true, code, null) : (false, code, $"HTTP {code} {response.ReasonPhrase}");
        }
        catch (HttpRequestException e)
        {
            return (false, null, Truncate(e.Message));
        }
        catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return (false, null, $"no answer within {options.TimeoutSeconds:0.#} s");
        }
    }

    private static string Truncate(string text) => text.Length > 1000 ? text[..1000] : text;
}
