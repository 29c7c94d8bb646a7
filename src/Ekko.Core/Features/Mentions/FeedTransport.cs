using System.Net;
using System.Net.Sockets;
using Ekko.Core.Features.Integrations;

namespace Ekko.Core.Features.Mentions;

/// <summary>
/// The HTTP client feeds are read through. Like webhooks, a feed URL is typed by a workspace admin, so it refuses to
/// connect to loopback, private and link-local addresses unless <see cref="ListeningOptions.AllowPrivateNetworks"/> is
/// on, checked on the address actually connected to (redirects and DNS names that point inside are caught too).
/// Redirects are followed (feeds move), at most five.
/// </summary>
public sealed class FeedTransport : IDisposable
{
    public FeedTransport(ListeningOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var handler = new SocketsHttpHandler
        {
            PooledConnectionLifetime = TimeSpan.FromMinutes(5),
            AllowAutoRedirect = true,
            MaxAutomaticRedirections = 5,
            AutomaticDecompression = DecompressionMethods.GZip | DecompressionMethods.Deflate | DecompressionMethods.Brotli,
            ConnectCallback = async (context, cancellationToken) =>
            {
                var addresses = await Dns.GetHostAddressesAsync(context.DnsEndPoint.Host, cancellationToken);
                var allowed = addresses.Where(a => options.AllowPrivateNetworks || !WebhookTransport.IsPrivate(a)).ToArray();
                if (allowed.Length == 0)
                {
                    throw new HttpRequestException($"{context.DnsEndPoint.Host} is a loopback or private network address; feeds are read from public addresses only");
                }

                var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
                try
                {
                    await socket.ConnectAsync(allowed, context.DnsEndPoint.Port, cancellationToken);
                    return new NetworkStream(socket, ownsSocket: true);
                }
                catch
                {
                    socket.Dispose();
                    throw;
                }
            },
        };
        Client = new HttpClient(handler) { Timeout = TimeSpan.FromSeconds(options.TimeoutSeconds) };
        Client.DefaultRequestHeaders.UserAgent.ParseAdd("Ekko-Listening/1");
        Client.DefaultRequestHeaders.Accept.ParseAdd("application/rss+xml, application/atom+xml, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.1");
    }

    public HttpClient Client { get; }

    public void Dispose() => Client.Dispose();
}
