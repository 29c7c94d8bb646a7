using System.Diagnostics;
using Ekko.TestSupport;

namespace Ekko.Server.Tests.Cli;

/// <summary>Runs the real <c>ekko</c> executable, as a user would, against the test database.</summary>
internal static class EkkoProcess
{
    public sealed record Result(int ExitCode, string Stdout, string Stderr);

    public static Task<Result> RunAsync(TestDatabase database, string workingDirectory, params string[] args) =>
        RunWithArgumentsAsync(workingDirectory, [.. args, $"--Database:Provider={database.Provider}",
            $"--ConnectionStrings:Ekko={database.ConnectionString}", "--Ekko:Admin:Password=correct horse battery"]);

    /// <summary>For the verbs that work on files only (<c>ekko text ...</c>): no database arguments.</summary>
    public static Task<Result> RunWithoutDatabaseAsync(string workingDirectory, params string[] args) => RunWithArgumentsAsync(workingDirectory, args);

    private static async Task<Result> RunWithArgumentsAsync(string workingDirectory, string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "ekko.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        process.StandardInput.Close();
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(2));
        return new Result(process.ExitCode, await stdout, await stderr);
    }
}
