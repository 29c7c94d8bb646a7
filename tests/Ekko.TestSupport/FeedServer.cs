using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Ekko.TestSupport;

/// <summary>
/// A real HTTP server on 127.0.0.1 serving feeds: each path answers with the document it was given, an ETag derived from
/// it and a Last-Modified, and 304 Not Modified to a request whose If-None-Match matches, as a well-behaved feed server
/// does. A path can instead be told to answer a status code. Keeps every request it got.
/// </summary>
public sealed class FeedServer : IAsyncDisposable
{
    private readonly HttpListener listener = new();
    private readonly ConcurrentDictionary<string, (string Body, string ContentType, int Version)> documents = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, int> statuses = new(StringComparer.Ordinal);
    private readonly Task serving;

    public FeedServer()
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

    public string Url(string path) => $"http://127.0.0.1:{Port}{path}";

    public ConcurrentQueue<Received> Requests { get; } = new();

    public sealed record Received(string Path, string? IfNoneMatch, string? IfModifiedSince, int AnsweredWith);

    /// <summary>Serves <paramref name="body"/> at <paramref name="path"/>; a changed body gets a new ETag.</summary>
    public void Serve(string path, string body, string contentType = "application/rss+xml; charset=utf-8")
    {
        documents.AddOrUpdate(path, _ => (body, contentType, 1), (_, old) => (body, contentType, old.Body == body ? old.Version : old.Version + 1));
        statuses.TryRemove(path, out _);
    }

    /// <summary>Answers every request to <paramref name="path"/> with <paramref name="status"/> and no feed.</summary>
    public void Fail(string path, int status) => statuses[path] = status;

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

            var path = context.Request.Url!.AbsolutePath;
            var ifNoneMatch = context.Request.Headers["If-None-Match"];
            var code = 404;
            if (statuses.TryGetValue(path, out var status))
            {
                code = status;
            }
            else if (documents.TryGetValue(path, out var document))
            {
                var etag = $"\"v{document.Version}\"";
                context.Response.Headers["ETag"] = etag;
                context.Response.Headers["Last-Modified"] = new DateTimeOffset(2026, 4, 1, 8, 0, 0, TimeSpan.Zero).AddDays(document.Version).ToString("R");
                if (ifNoneMatch == etag)
                {
                    code = 304;
                }
                else
                {
                    code = 200;
                    var bytes = Encoding.UTF8.GetBytes(document.Body);
                    context.Response.ContentType = document.ContentType;
                    context.Response.StatusCode = 200;
                    context.Response.ContentLength64 = bytes.Length;
                    await context.Response.OutputStream.WriteAsync(bytes);
                }
            }

            Requests.Enqueue(new Received(path, ifNoneMatch, context.Request.Headers["If-Modified-Since"], code));
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
