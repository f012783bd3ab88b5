using System.Buffers;
using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using MimeKit;
using SmtpServer;
using SmtpServer.ComponentModel;
using SmtpServer.Protocol;
using SmtpServer.Storage;

namespace Verbinding.Web.Tests.Infrastructure;

/// <summary>
/// A real SMTP server in the test process, on 127.0.0.1 and a free port. Point the app at it with
/// <see cref="Configure"/>; <see cref="WaitForMessageAsync"/> returns what it received. <see cref="Reserve"/> picks a
/// port without listening yet, to test a mail server that is down and comes up later.
/// </summary>
public sealed class TestSmtpServer : IAsyncDisposable
{
    private readonly ConcurrentQueue<MimeMessage> _messages = new();
    private readonly SemaphoreSlim _arrived = new(0);
    private SmtpServer.SmtpServer? _server;
    private CancellationTokenSource? _stop;
    private Task? _running;

    private TestSmtpServer(int port) => Port = port;

    public int Port { get; }

    public IReadOnlyCollection<MimeMessage> Messages => _messages.ToArray();

    public static async Task<TestSmtpServer> StartAsync()
    {
        var server = Reserve();
        await server.StartListeningAsync();
        return server;
    }

    /// <summary>A server with a port chosen but not listening: connections are refused until <see cref="StartListeningAsync"/>.</summary>
    public static TestSmtpServer Reserve()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        return new TestSmtpServer(port);
    }

    public async Task StartListeningAsync()
    {
        var options = new SmtpServerOptionsBuilder()
            .ServerName("localhost")
            .Endpoint(e => e.Endpoint(new IPEndPoint(IPAddress.Loopback, Port)))
            .Build();
        var services = new ServiceProvider();
        services.Add(new CollectingStore(this));
        _server = new SmtpServer.SmtpServer(options, services);
        _stop = new CancellationTokenSource();
        _running = _server.StartAsync(_stop.Token);
        // StartAsync returns a task that runs until shutdown; wait until the port accepts connections. Generous: on a
        // loaded machine the listener can take more than the two seconds a count of tries used to allow.
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (DateTime.UtcNow < deadline && !_running.IsFaulted)
        {
            try
            {
                using var client = new TcpClient();
                await client.ConnectAsync(IPAddress.Loopback, Port);
                return;
            }
            catch (SocketException)
            {
                await Task.Delay(20);
            }
        }
        throw new InvalidOperationException($"Test SMTP server did not start on port {Port}.");
    }

    /// <summary>Settings that make the application send through this server (plain SMTP, no TLS, no login).</summary>
    public void Configure(IDictionary<string, string?> settings)
    {
        settings["Notifications:Smtp:Host"] = "127.0.0.1";
        settings["Notifications:Smtp:Port"] = Port.ToString(System.Globalization.CultureInfo.InvariantCulture);
        settings["Notifications:Smtp:Security"] = "None";
        settings["Notifications:Smtp:Timeout"] = "00:00:05";
    }

    public async Task<MimeMessage> WaitForMessageAsync(Func<MimeMessage, bool> predicate, TimeSpan? timeout = null)
    {
        // Generous by default: the outbox dispatcher is a background service that, on a loaded CI machine (two suites at
        // once), can start and poll many seconds late. The wait ends as soon as the e-mail is there.
        using var cts = new CancellationTokenSource(timeout ?? TimeSpan.FromSeconds(60));
        while (true)
        {
            if (_messages.FirstOrDefault(predicate) is { } found)
            {
                return found;
            }
            try
            {
                // Woken by an arrival, but also looks again now and then: one arrival wakes only one of several waiters.
                await _arrived.WaitAsync(TimeSpan.FromMilliseconds(250), cts.Token);
            }
            catch (OperationCanceledException)
            {
                throw new TimeoutException($"No matching e-mail arrived; received {_messages.Count}: {string.Join(" | ", _messages.Select(m => m.Subject))}");
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_server is not null && _stop is not null)
        {
            _server.Shutdown();
            await _stop.CancelAsync();
            try
            {
                await _running!;
            }
            catch (OperationCanceledException)
            {
            }
            _stop.Dispose();
        }
        _arrived.Dispose();
    }

    private sealed class CollectingStore(TestSmtpServer owner) : MessageStore
    {
        public override async Task<SmtpResponse> SaveAsync(ISessionContext context, IMessageTransaction transaction, ReadOnlySequence<byte> buffer, CancellationToken cancellationToken)
        {
            await using var stream = new MemoryStream(buffer.ToArray());
            owner._messages.Enqueue(await MimeMessage.LoadAsync(stream, cancellationToken));
            owner._arrived.Release();
            return SmtpResponse.Ok;
        }
    }
}
