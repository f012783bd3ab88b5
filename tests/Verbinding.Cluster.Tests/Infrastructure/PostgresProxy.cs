using System.Net;
using System.Net.Sockets;

namespace Verbinding.Cluster.Tests.Infrastructure;

/// <summary>
/// A TCP relay between a node and PostgreSQL. <see cref="Stop"/> does to the node what stopping the database server
/// does (open connections are cut, new ones refused) without touching the shared server other tests use.
/// </summary>
public sealed class PostgresProxy : IAsyncDisposable
{
    private readonly IPEndPoint _upstream;
    private readonly List<TcpClient> _open = [];
    private TcpListener? _listener;

    public PostgresProxy(string host, int port)
    {
        _upstream = new IPEndPoint(Dns.GetHostAddresses(host).First(a => a.AddressFamily == AddressFamily.InterNetwork), port);
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        Port = ((IPEndPoint)probe.LocalEndpoint).Port;
    }

    public int Port { get; }

    public void Start()
    {
        var listener = new TcpListener(IPAddress.Loopback, Port);
        listener.Server.SetSocketOption(SocketOptionLevel.Socket, SocketOptionName.ReuseAddress, true);
        listener.Start();
        _listener = listener;
        _ = AcceptLoopAsync(listener);
    }

    /// <summary>The database "goes down": every open connection is reset and new ones are refused.</summary>
    public void Stop()
    {
        _listener?.Stop();
        _listener = null;
        lock (_open)
        {
            foreach (var client in _open)
            {
                try
                {
                    // Reset, not a polite close: the node sees what a crashed server looks like.
                    client.Client?.LingerState = new LingerOption(true, 0);
                }
                catch (Exception e) when (e is SocketException or ObjectDisposedException)
                {
                    // Already closed by the relay itself.
                }
                client.Dispose();
            }
            _open.Clear();
        }
    }

    private async Task AcceptLoopAsync(TcpListener listener)
    {
        while (true)
        {
            TcpClient downstream;
            try
            {
                downstream = await listener.AcceptTcpClientAsync();
            }
            catch (Exception e) when (e is SocketException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }
            _ = RelayAsync(downstream);
        }
    }

    private async Task RelayAsync(TcpClient downstream)
    {
        var upstream = new TcpClient();
        lock (_open)
        {
            _open.Add(downstream);
            _open.Add(upstream);
        }
        try
        {
            await upstream.ConnectAsync(_upstream);
            var a = downstream.GetStream().CopyToAsync(upstream.GetStream());
            var b = upstream.GetStream().CopyToAsync(downstream.GetStream());
            await Task.WhenAny(a, b);
        }
        catch (Exception e) when (e is IOException or SocketException or ObjectDisposedException) { }
        finally
        {
            downstream.Dispose();
            upstream.Dispose();
            lock (_open)
            {
                _open.Remove(downstream);
                _open.Remove(upstream);
            }
        }
    }

    public ValueTask DisposeAsync()
    {
        Stop();
        return ValueTask.CompletedTask;
    }
}
