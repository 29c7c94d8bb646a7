using System.Diagnostics;
using Ekko.TestSupport;

namespace Ekko.Server.Tests.Cli;

/// <summary>Runs the real <c>ekko</c> executable, as a user would, against the test database.</summary>
internal static class EkkoProcess
{
    public sealed record Result(int ExitCode, string Stdout, string Stderr);

    public static async Task<Result> RunAsync(TestDatabase database, string workingDirectory, params string[] args)
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

        start.ArgumentList.Add($"--Database:Provider={database.Provider}");
        start.ArgumentList.Add($"--ConnectionStrings:Ekko={database.ConnectionString}");
        start.ArgumentList.Add("--Ekko:Admin:Password=correct horse battery");
        using var process = Process.Start(start)!;
        process.StandardInput.Close();
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(2));
        return new Result(process.ExitCode, await stdout, await stderr);
    }
}
