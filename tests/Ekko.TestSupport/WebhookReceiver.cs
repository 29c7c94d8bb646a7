using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Ekko.TestSupport;

/// <summary>
/// A real HTTP receiver on 127.0.0.1 that checks each request's signature the way docs/closed-loop.md tells
/// receivers to, keeps what it got, and answers with the status codes it is told to (200 once the list runs out).
/// </summary>
public sealed class WebhookReceiver : IAsyncDisposable
{
    private readonly HttpListener listener = new();
    private readonly ConcurrentQueue<int> statuses = new();
    private readonly Task serving;

    public WebhookReceiver()
    {
        var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        Port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        listener.Prefixes.Add($"http://127.0.0.1:{Port}/");
        listener.Start();
        serving = Task.Run(ServeAsync);
    }

    public int Port { get; }

    public string Url => $"http://127.0.0.1:{Port}/hooks/T000/B000/secret-path-token";

    /// <summary>The secret to verify with; requests that fail verification are answered 401.</summary>
    public string? Secret { get; set; }

    public Func<DateTimeOffset> Now { get; set; } = () => TimeProvider.System.GetUtcNow();

    public ConcurrentQueue<Received> Requests { get; } = new();

    public void AnswerNext(params int[] codes)
    {
        foreach (var code in codes)
        {
            statuses.Enqueue(code);
        }
    }

    public sealed record Received(string Path, string Body, string? Signature, string? Event, string? EventId, string? Delivery, bool SignatureValid, int AnsweredWith);

    private async Task ServeAsync()
    {
        while (listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await listener.GetContextAsync();
            }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }

            using var reader = new StreamReader(context.Request.InputStream, Encoding.UTF8);
            var body = await reader.ReadToEndAsync();
            var signature = context.Request.Headers[Ekko.Core.Features.Integrations.WebhookSignature.Header];
            var valid = Secret is not null && Ekko.Core.Features.Integrations.WebhookSignature.Verify(Secret, signature, body, Now(), TimeSpan.FromMinutes(5));
            var code = !valid ? 401 : statuses.TryDequeue(out var next) ? next : 200;
            Requests.Enqueue(new Received(context.Request.Url!.AbsolutePath, body, signature, context.Request.Headers["Ekko-Event"],
                context.Request.Headers["Ekko-Event-Id"], context.Request.Headers["Ekko-Delivery"], valid, code));
            context.Response.StatusCode = code;
            context.Response.Close();
        }
    }

    public async ValueTask DisposeAsync()
    {
        listener.Stop();
        listener.Close();
        await serving.WaitAsync(TimeSpan.FromSeconds(5));
    }
}
