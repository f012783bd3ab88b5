using System.Diagnostics;

namespace Verbinding.Web.Tests.Infrastructure;

/// <summary>Runs the real `verbinding` CLI as a separate process against a test database.</summary>
public static class CliRunner
{
    /// <summary><paramref name="Output"/> is stdout followed by stderr; the streams are also given apart.</summary>
    public sealed record Result(int ExitCode, string Output, string StandardOutput, string StandardError);

    public static async Task<Result> RunAsync(TestDatabase database, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "verbinding.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }
        start.Environment["Database__Provider"] = database.Provider;
        start.Environment["ConnectionStrings__Verbinding"] = database.ConnectionString;
        start.Environment["DOTNET_ENVIRONMENT"] = "Testing";
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(timeout.Token);
        var (output, error) = (await stdout, await stderr);
        return new Result(process.ExitCode, output + error, output, error);
    }
}
