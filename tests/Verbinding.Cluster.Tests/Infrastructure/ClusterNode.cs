using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Verbinding.Cluster.Tests.Infrastructure;

/// <summary>
/// One app node as a real operating-system process (the web app's Release or Debug build), on a loopback port, in the
/// Development environment (demo accounts, simulated DigiD). Killing it is a real SIGKILL: nothing gets to clean up.
/// </summary>
public sealed class ClusterNode : IAsyncDisposable
{
    private readonly string _connectionString;
    private readonly string? _redis;
    private readonly IReadOnlyDictionary<string, string?> _settings;
    private Process? _process;

    /// <param name="settings">Extra configuration ("Section:Key" = value), passed as environment variables.</param>
    public ClusterNode(string name, string connectionString, string? redis, IReadOnlyDictionary<string, string?>? settings = null)
    {
        _settings = settings ?? new Dictionary<string, string?>();
        Name = name;
        _connectionString = connectionString;
        _redis = redis;
        Port = FreePort();
        BaseAddress = new Uri($"http://127.0.0.1:{Port}");
        LogFile = Path.Combine(Path.GetTempPath(), $"verbinding-cluster-{name}-{Guid.NewGuid():N}.log");
    }

    public string Name { get; }
    public int Port { get; }
    public Uri BaseAddress { get; }
    public string LogFile { get; }
    public bool IsRunning => _process is { HasExited: false };

    public async Task StartAsync()
    {
        var start = new ProcessStartInfo("dotnet")
        {
            ArgumentList = { RepositoryPaths.WebDll, "--contentRoot", RepositoryPaths.WebProject },
            WorkingDirectory = RepositoryPaths.WebProject,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";
        start.Environment["ASPNETCORE_URLS"] = BaseAddress.ToString();
        start.Environment["Database__Provider"] = "PostgreSQL";
        start.Environment["ConnectionStrings__Verbinding"] = _connectionString;
        start.Environment["ConnectionStrings__Redis"] = _redis ?? "";
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        // Every test client comes from 127.0.0.1: the per-address limits would throttle the bursts, not protect anything.
        start.Environment["RateLimits__Submit"] = "1000000";
        start.Environment["RateLimits__Api"] = "1000000";
        foreach (var (key, value) in _settings)
            start.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        _process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start");
        var log = File.AppendText(LogFile);
        log.AutoFlush = true;
        _process.OutputDataReceived += (_, e) => { if (e.Data is not null) lock (log) log.WriteLine(e.Data); };
        _process.ErrorDataReceived += (_, e) => { if (e.Data is not null) lock (log) log.WriteLine(e.Data); };
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
        await WaitUntilReadyAsync(TimeSpan.FromSeconds(90));
    }

    /// <summary>SIGKILL: the process ends at once, mid-request, without flushing or disposing anything.</summary>
    public void Kill()
    {
        if (_process is { HasExited: false } p)
        {
            p.Kill(entireProcessTree: true);
            p.WaitForExit();
        }
    }

    public HttpClient CreateClient(CookieContainer? cookies = null) =>
        new(new HttpClientHandler { CookieContainer = cookies ?? new CookieContainer(), AllowAutoRedirect = true })
        {
            BaseAddress = BaseAddress,
            Timeout = TimeSpan.FromSeconds(60),
        };

    private async Task WaitUntilReadyAsync(TimeSpan limit)
    {
        using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        var deadline = DateTime.UtcNow + limit;
        while (DateTime.UtcNow < deadline)
        {
            if (_process!.HasExited)
                throw new InvalidOperationException($"Node {Name} exited with {_process.ExitCode}: {Tail()}");
            try
            {
                if ((await client.GetAsync(new Uri(BaseAddress, "/health/ready"))).IsSuccessStatusCode)
                    return;
            }
            catch (HttpRequestException) { }
            catch (TaskCanceledException) { }
            await Task.Delay(250);
        }
        throw new TimeoutException($"Node {Name} not ready after {limit.TotalSeconds} s: {Tail()}");
    }

    public string Tail() => File.Exists(LogFile) ? string.Join('\n', File.ReadLines(LogFile).TakeLast(30)) : "(no log)";

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public ValueTask DisposeAsync()
    {
        Kill();
        _process?.Dispose();
        return ValueTask.CompletedTask;
    }
}
