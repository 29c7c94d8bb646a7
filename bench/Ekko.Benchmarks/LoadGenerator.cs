using System.Diagnostics;
using System.Net.Http.Headers;
using System.Text;

namespace Ekko.Benchmarks;

/// <summary>
/// HTTP load for the ingestion API with request bodies built before the clock starts, so the generator
/// spends its CPU on sending, not on string building (wrk's Lua scripts do the latter and share the 2 cores).
///   load batch  URL KEY SECONDS CONNECTIONS   batches of 1,000 responses
///   load single URL KEY SECONDS CONNECTIONS   one response per request
/// </summary>
internal static class LoadGenerator
{
    public static async Task<int> RunAsync(string[] args)
    {
        var (mode, url, key) = (args[1], args[2].TrimEnd('/'), args[3]);
        var seconds = int.Parse(args[4], System.Globalization.CultureInfo.InvariantCulture);
        var connections = int.Parse(args[5], System.Globalization.CultureInfo.InvariantCulture);
        var perRequest = mode == "batch" ? 1000 : 1;
        var path = mode == "batch" ? "/api/v1/responses/batch" : "/api/v1/responses";
        // Enough bodies for the run at a generous rate; each is sent once, with ids no earlier run used
        // (a replayed id is a cheap no-op for the server and would flatter the numbers).
        var run = Guid.NewGuid().ToString("N")[..8];
        var bodies = Enumerable.Range(0, mode == "batch" ? seconds * 25 : seconds * 6000)
            .Select(i => mode == "batch" ? BatchBody(run, i) : SingleBody(run, i)).ToArray();

        using var client = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = connections }) { BaseAddress = new Uri(url) };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", key);
        var next = -1;
        var failures = 0;
        var latencies = new List<double>[connections];
        var clock = Stopwatch.StartNew();
        var deadline = TimeSpan.FromSeconds(seconds);
        await Task.WhenAll(Enumerable.Range(0, connections).Select(async c =>
        {
            latencies[c] = [];
            while (clock.Elapsed < deadline)
            {
                var i = Interlocked.Increment(ref next);
                if (i >= bodies.Length)
                {
                    break;
                }

                var started = clock.Elapsed;
                using var response = await client.PostAsync(path, new ByteArrayContent(bodies[i]) { Headers = { ContentType = new MediaTypeHeaderValue("application/json") } });
                latencies[c].Add((clock.Elapsed - started).TotalMilliseconds);
                if (!response.IsSuccessStatusCode)
                {
                    Interlocked.Increment(ref failures);
                }
            }
        }));
        var elapsed = clock.Elapsed.TotalSeconds;
        var all = latencies.SelectMany(l => l).Order().ToArray();
        double Percentile(double p) => all[Math.Min(all.Length - 1, (int)(p * all.Length))];
        Console.WriteLine(FormattableString.Invariant(
            $"mode={mode} requests={all.Length} failed={failures} records_per_s={all.Length * perRequest / elapsed:0} requests_per_s={all.Length / elapsed:0} p50_ms={Percentile(0.50):0.0} p99_ms={Percentile(0.99):0.0} acknowledged={(all.Length - failures) * perRequest}"));
        return failures == 0 ? 0 : 1;
    }

    private static string Item(string id, int i) => FormattableString.Invariant($$"""
        {"id":"{{id}}","survey":"post-delivery","customer_id":"c-{{i % 5000}}","touchpoint":"home-delivery","channel":"email","submitted_at":"2026-03-02T08:01:00Z","language":"sv","metric":"nps","score":{{i % 11}},"comment":"Paketet kom en vecka för sent.","attributes":{"campaign":"spring-sale","region":"Stockholm"} }
        """);

    private static byte[] SingleBody(string run, int i) => Encoding.UTF8.GetBytes(Item($"s-{run}-{i}", i));

    private static byte[] BatchBody(string run, int b) =>
        Encoding.UTF8.GetBytes($$"""{"items":[{{string.Join(",", Enumerable.Range(0, 1000).Select(i => Item($"b-{run}-{b}-{i}", i)))}}]}""");
}
