using System.Globalization;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using DuckDB.NET.Data;
using Ekko.Analytics;
using Ekko.Analytics.Columnar;
using Microsoft.Data.Sqlite;
using Npgsql;
using NpgsqlTypes;

namespace Ekko.Benchmarks;

/// <summary>
/// Three dashboard queries over 1M and 10M synthetic answers (docs/performance.md): Ekko's response index
/// (which also computes every group's previous period) against the same query as plain SQL GROUP BY on SQLite,
/// PostgreSQL and DuckDB. The SQL side gets a generous table: typed columns instead of Ekko's JSON attributes,
/// and an index on (metric, day). Database files are built once under /tmp/ekko-bench and reused;
/// PostgreSQL runs when EKKO_BENCH_POSTGRES holds a connection string.
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class MetricQueryBenchmarks
{
    private const string Folder = "/tmp/ekko-bench";
    private static readonly DateOnly Last90 = SyntheticResponses.LastDay.AddDays(-89);
    private static readonly DateOnly Last365 = SyntheticResponses.LastDay.AddDays(-364);

    private ResponseIndex index = null!;
    private SqliteConnection sqlite = null!;
    private DuckDBConnection duck = null!;
    private NpgsqlConnection? postgres;

    [Params(1_000_000, 10_000_000)]
    public int Responses { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        Directory.CreateDirectory(Folder);
        var data = new SyntheticResponses(Responses);
        var before = GC.GetTotalMemory(true);
        index = BuildIndex(data);
        var after = GC.GetTotalMemory(true);
        Console.WriteLine($"// index of {Responses:N0} answers: {index.EstimatedBytes / 1048576.0:F0} MB of columns, managed heap grew {(after - before) / 1048576.0:F0} MB");
        sqlite = SqliteStore.Open(Path.Combine(Folder, $"responses-{Responses}.sqlite"), data);
        duck = DuckStore.Open(Path.Combine(Folder, $"responses-{Responses}.duckdb"), Path.Combine(Folder, $"responses-{Responses}.csv"), data);
        if (Environment.GetEnvironmentVariable("EKKO_BENCH_POSTGRES") is { Length: > 0 } connectionString)
        {
            postgres = PostgresStore.Open(connectionString, $"bench_responses_{Responses}", data);
        }
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        index.Dispose();
        sqlite.Dispose();
        duck.Dispose();
        postgres?.Dispose();
    }

    // 1. NPS by touchpoint by week, last 90 days.
    [Benchmark(Baseline = true), BenchmarkCategory("nps-touchpoint-week-90d")]
    public int Index_NpsByTouchpointByWeek() => index.Query(new MetricQuery(Metric.Nps, Last90, SyntheticResponses.LastDay)
    {
        GroupBy = ["touchpoint"],
        Grain = TimeGrain.Week,
    }).Count;

    [Benchmark, BenchmarkCategory("nps-touchpoint-week-90d")]
    public int Sqlite_NpsByTouchpointByWeek() => Count(sqlite,
        $"SELECT touchpoint, date(day, '-' || ((CAST(strftime('%w', day) AS INTEGER) + 6) % 7) || ' days') AS week, COUNT(*), SUM(score >= 9), SUM(score <= 6) " +
        $"FROM responses WHERE metric = 0 AND day BETWEEN '{Last90:yyyy-MM-dd}' AND '{SyntheticResponses.LastDay:yyyy-MM-dd}' GROUP BY 1, 2");

    [Benchmark, BenchmarkCategory("nps-touchpoint-week-90d")]
    public int Postgres_NpsByTouchpointByWeek() => Count(postgres,
        $"SELECT touchpoint, date_trunc('week', day) AS week, COUNT(*), COUNT(*) FILTER (WHERE score >= 9), COUNT(*) FILTER (WHERE score <= 6) " +
        $"FROM {Table} WHERE metric = 0 AND day BETWEEN '{Last90:yyyy-MM-dd}' AND '{SyntheticResponses.LastDay:yyyy-MM-dd}' GROUP BY 1, 2");

    [Benchmark, BenchmarkCategory("nps-touchpoint-week-90d")]
    public int DuckDb_NpsByTouchpointByWeek() => Count(duck,
        $"SELECT touchpoint, date_trunc('week', day) AS week, COUNT(*), COUNT(*) FILTER (WHERE score >= 9), COUNT(*) FILTER (WHERE score <= 6) " +
        $"FROM responses WHERE metric = 0 AND day BETWEEN DATE '{Last90:yyyy-MM-dd}' AND DATE '{SyntheticResponses.LastDay:yyyy-MM-dd}' GROUP BY 1, 2");

    // 2. CSAT by segment for one region, last 365 days.
    [Benchmark(Baseline = true), BenchmarkCategory("csat-segment-region-365d")]
    public int Index_CsatBySegmentInRegion() => index.Query(new MetricQuery(Metric.Csat, Last365, SyntheticResponses.LastDay)
    {
        GroupBy = ["segment"],
        Filters = new Dictionary<string, IReadOnlyCollection<string>> { ["region"] = ["region-07"] },
    }).Count;

    [Benchmark, BenchmarkCategory("csat-segment-region-365d")]
    public int Sqlite_CsatBySegmentInRegion() => Count(sqlite,
        $"SELECT segment, COUNT(*), SUM(score >= 4) FROM responses WHERE metric = 1 AND region = 'region-07' " +
        $"AND day BETWEEN '{Last365:yyyy-MM-dd}' AND '{SyntheticResponses.LastDay:yyyy-MM-dd}' GROUP BY 1");

    [Benchmark, BenchmarkCategory("csat-segment-region-365d")]
    public int Postgres_CsatBySegmentInRegion() => Count(postgres,
        $"SELECT segment, COUNT(*), COUNT(*) FILTER (WHERE score >= 4) FROM {Table} WHERE metric = 1 AND region = 'region-07' " +
        $"AND day BETWEEN '{Last365:yyyy-MM-dd}' AND '{SyntheticResponses.LastDay:yyyy-MM-dd}' GROUP BY 1");

    [Benchmark, BenchmarkCategory("csat-segment-region-365d")]
    public int DuckDb_CsatBySegmentInRegion() => Count(duck,
        $"SELECT segment, COUNT(*), COUNT(*) FILTER (WHERE score >= 4) FROM responses WHERE metric = 1 AND region = 'region-07' " +
        $"AND day BETWEEN DATE '{Last365:yyyy-MM-dd}' AND DATE '{SyntheticResponses.LastDay:yyyy-MM-dd}' GROUP BY 1");

    // 3. NPS trend by month over the two years.
    [Benchmark(Baseline = true), BenchmarkCategory("nps-month-2y")]
    public int Index_NpsByMonth() => index.Query(new MetricQuery(Metric.Nps, SyntheticResponses.FirstDay, SyntheticResponses.LastDay)
    {
        Grain = TimeGrain.Month,
    }).Count;

    [Benchmark, BenchmarkCategory("nps-month-2y")]
    public int Sqlite_NpsByMonth() => Count(sqlite,
        "SELECT substr(day, 1, 7), COUNT(*), SUM(score >= 9), SUM(score <= 6) FROM responses WHERE metric = 0 GROUP BY 1");

    [Benchmark, BenchmarkCategory("nps-month-2y")]
    public int Postgres_NpsByMonth() => Count(postgres,
        $"SELECT date_trunc('month', day), COUNT(*), COUNT(*) FILTER (WHERE score >= 9), COUNT(*) FILTER (WHERE score <= 6) FROM {Table} WHERE metric = 0 GROUP BY 1");

    [Benchmark, BenchmarkCategory("nps-month-2y")]
    public int DuckDb_NpsByMonth() => Count(duck,
        "SELECT date_trunc('month', day), COUNT(*), COUNT(*) FILTER (WHERE score >= 9), COUNT(*) FILTER (WHERE score <= 6) FROM responses WHERE metric = 0 GROUP BY 1");

    private string Table => $"bench_responses_{Responses}";

    private static ResponseIndex BuildIndex(SyntheticResponses data)
    {
        var index = new ResponseIndex();
        const int batch = 100_000;
        for (var start = 0; start < data.Count; start += batch)
        {
            index.AddRange(Enumerable.Range(start, Math.Min(batch, data.Count - start)).Select(i => new IndexedResponse(
                (Metric)data.Metrics[i], data.Day(i), data.Scores[i], null,
                [
                    new("touchpoint", SyntheticResponses.Touchpoints[data.Touchpoint[i]]),
                    new("channel", SyntheticResponses.Channels[data.Channel[i]]),
                    new("language", SyntheticResponses.Languages[data.Language[i]]),
                    new("survey", SyntheticResponses.Surveys[data.Survey[i]]),
                    new("segment", SyntheticResponses.Segments[data.Segment[i]]),
                    new("region", SyntheticResponses.Regions[data.Region[i]]),
                ])));
        }

        return index;
    }

    /// <summary>Runs the query and reads every row, as a dashboard would.</summary>
    private static int Count(System.Data.Common.DbConnection? connection, string sql)
    {
        if (connection is null)
        {
            return -1;
        }

        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.CommandTimeout = 600;
        using var reader = command.ExecuteReader();
        var rows = 0;
        while (reader.Read())
        {
            rows++;
        }

        return rows;
    }

    internal static string Csv(SyntheticResponses data, int i) => string.Create(CultureInfo.InvariantCulture,
        $"{data.Day(i):yyyy-MM-dd},{data.Metrics[i]},{data.Scores[i]},{SyntheticResponses.Touchpoints[data.Touchpoint[i]]},{SyntheticResponses.Channels[data.Channel[i]]},{SyntheticResponses.Languages[data.Language[i]]},{SyntheticResponses.Surveys[data.Survey[i]]},{SyntheticResponses.Segments[data.Segment[i]]},{SyntheticResponses.Regions[data.Region[i]]}");
}

internal static class SqliteStore
{
    public static SqliteConnection Open(string path, SyntheticResponses data)
    {
        var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        connection.Open();
        Execute(connection, "PRAGMA journal_mode=WAL; PRAGMA cache_size=-16384;");
        if (Scalar(connection, "SELECT count(*) FROM sqlite_master WHERE name = 'responses'") == 1
            && Scalar(connection, "SELECT count(*) FROM responses") == data.Count)
        {
            return connection;
        }

        Execute(connection, "DROP TABLE IF EXISTS responses; CREATE TABLE responses (day TEXT NOT NULL, metric INTEGER NOT NULL, score INTEGER NOT NULL, " +
            "touchpoint TEXT, channel TEXT, language TEXT, survey TEXT, segment TEXT, region TEXT);");
        using (var transaction = connection.BeginTransaction())
        using (var insert = connection.CreateCommand())
        {
            insert.CommandText = "INSERT INTO responses VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)";
            var parameters = Enumerable.Range(1, 9).Select(p => insert.Parameters.Add(new SqliteParameter($"${p}", null))).ToArray();
            insert.Prepare();
            for (var i = 0; i < data.Count; i++)
            {
                parameters[0].Value = data.Day(i).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
                parameters[1].Value = (int)data.Metrics[i];
                parameters[2].Value = (int)data.Scores[i];
                parameters[3].Value = SyntheticResponses.Touchpoints[data.Touchpoint[i]];
                parameters[4].Value = SyntheticResponses.Channels[data.Channel[i]];
                parameters[5].Value = SyntheticResponses.Languages[data.Language[i]];
                parameters[6].Value = SyntheticResponses.Surveys[data.Survey[i]];
                parameters[7].Value = SyntheticResponses.Segments[data.Segment[i]];
                parameters[8].Value = SyntheticResponses.Regions[data.Region[i]];
                insert.ExecuteNonQuery();
            }

            transaction.Commit();
        }

        Execute(connection, "CREATE INDEX responses_metric_day ON responses (metric, day); ANALYZE;");
        return connection;
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private static long Scalar(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture);
    }
}

internal static class DuckStore
{
    public static DuckDBConnection Open(string path, string csv, SyntheticResponses data)
    {
        var connection = new DuckDBConnection($"Data Source={path}");
        connection.Open();
        using var count = connection.CreateCommand();
        count.CommandText = "SELECT count(*) FROM information_schema.tables WHERE table_name = 'responses'";
        var exists = Convert.ToInt64(count.ExecuteScalar(), CultureInfo.InvariantCulture) == 1;
        if (exists)
        {
            count.CommandText = "SELECT count(*) FROM responses";
            if (Convert.ToInt64(count.ExecuteScalar(), CultureInfo.InvariantCulture) == data.Count)
            {
                return connection;
            }
        }

        using (var writer = new StreamWriter(csv))
        {
            writer.WriteLine("day,metric,score,touchpoint,channel,language,survey,segment,region");
            for (var i = 0; i < data.Count; i++)
            {
                writer.WriteLine(MetricQueryBenchmarks.Csv(data, i));
            }
        }

        using var load = connection.CreateCommand();
        load.CommandText = "DROP TABLE IF EXISTS responses; CREATE TABLE responses (day DATE, metric SMALLINT, score SMALLINT, touchpoint VARCHAR, " +
            $"channel VARCHAR, language VARCHAR, survey VARCHAR, segment VARCHAR, region VARCHAR); COPY responses FROM '{csv}' (HEADER);";
        load.ExecuteNonQuery();
        File.Delete(csv);
        return connection;
    }
}

internal static class PostgresStore
{
    public static NpgsqlConnection Open(string connectionString, string table, SyntheticResponses data)
    {
        var connection = new NpgsqlConnection(connectionString);
        connection.Open();
        using (var check = new NpgsqlCommand($"SELECT count(*) FROM {table}", connection))
        {
            try
            {
                if ((long)check.ExecuteScalar()! == data.Count)
                {
                    return connection;
                }
            }
            catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.UndefinedTable)
            {
                // Not built yet.
            }
        }

        using (var create = new NpgsqlCommand($"DROP TABLE IF EXISTS {table}; CREATE TABLE {table} (day date NOT NULL, metric smallint NOT NULL, " +
            "score smallint NOT NULL, touchpoint text, channel text, language text, survey text, segment text, region text)", connection))
        {
            create.ExecuteNonQuery();
        }

        using (var copy = connection.BeginBinaryImport($"COPY {table} FROM STDIN (FORMAT BINARY)"))
        {
            for (var i = 0; i < data.Count; i++)
            {
                copy.StartRow();
                copy.Write(data.Day(i), NpgsqlDbType.Date);
                copy.Write((short)data.Metrics[i], NpgsqlDbType.Smallint);
                copy.Write((short)data.Scores[i], NpgsqlDbType.Smallint);
                copy.Write(SyntheticResponses.Touchpoints[data.Touchpoint[i]], NpgsqlDbType.Text);
                copy.Write(SyntheticResponses.Channels[data.Channel[i]], NpgsqlDbType.Text);
                copy.Write(SyntheticResponses.Languages[data.Language[i]], NpgsqlDbType.Text);
                copy.Write(SyntheticResponses.Surveys[data.Survey[i]], NpgsqlDbType.Text);
                copy.Write(SyntheticResponses.Segments[data.Segment[i]], NpgsqlDbType.Text);
                copy.Write(SyntheticResponses.Regions[data.Region[i]], NpgsqlDbType.Text);
            }

            copy.Complete();
        }

        foreach (var sql in new[] { $"CREATE INDEX ON {table} (metric, day)", $"VACUUM ANALYZE {table}" })
        {
            using var command = new NpgsqlCommand(sql, connection) { CommandTimeout = 600 };
            command.ExecuteNonQuery();
        }

        return connection;
    }
}
