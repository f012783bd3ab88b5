using System.Buffers;
using System.Net;
using Microsoft.Extensions.Options;
using MimeKit;
using SmtpServer;
using SmtpServer.Mail;
using SmtpServer.Protocol;
using SmtpServer.Storage;
using SmtpServerHost = SmtpServer.SmtpServer;

namespace Verbinding.Web.Features.Conversations.Email;

/// <summary>
/// Receives e-mail over SMTP (SmtpServer package) and hands each message to <see cref="EmailInbound"/>. Accepts mail
/// for our address only (no relay) and refuses oversized messages in the dialogue. A message is acknowledged (250)
/// only after it is stored; a failure answers 451 so the sending server tries again later.
/// </summary>
public sealed class EmailListener(
    IServiceScopeFactory scopes, IOptions<EmailChannelOptions> options, EmailAddressing addressing, ILogger<EmailListener> logger)
    : IHostedService, IAsyncDisposable
{
    private SmtpServerHost? _server;
    private CancellationTokenSource? _stop;
    private Task? _running;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var inbound = options.Value.Inbound;
        var endpoint = new IPEndPoint(IPAddress.Parse(inbound.BindAddress), inbound.Port);
        var smtpOptions = new SmtpServerOptionsBuilder()
            .ServerName(addressing.Domain)
            .Endpoint(e => e.Endpoint(endpoint))
            .MaxMessageSize(inbound.MaxMessageSize, MaxMessageSizeHandling.Strict)
            .Build();
        var services = new SmtpServer.ComponentModel.ServiceProvider();
        services.Add(new OurAddressOnly(addressing));
        services.Add(new Store(this, inbound.MaxMessageSize));
        _server = new SmtpServerHost(smtpOptions, services);
        // A broken session (a client that hung up, a message over the size limit) is the sender's problem, but worth seeing.
        _server.SessionFaulted += (_, e) => logger.LogWarning("SMTP session ended with an error: {Error}", e.Exception.GetType().Name);
        _stop = new CancellationTokenSource();
        _running = _server.StartAsync(_stop.Token);
        await WaitUntilListeningAsync(endpoint, cancellationToken);
        logger.LogInformation("E-mail channel listening for SMTP on {Endpoint}", endpoint);
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        if (_server is null || _stop is null)
            return;
        _server.Shutdown();
        await _stop.CancelAsync();
        try
        {
            await _running!.WaitAsync(cancellationToken);
        }
        catch (OperationCanceledException)
        {
        }
        _server = null;
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync(CancellationToken.None);
        _stop?.Dispose();
    }

    private async Task<SmtpResponse> ReceiveAsync(ReadOnlySequence<byte> buffer, IEnumerable<string> recipients, CancellationToken ct)
    {
        try
        {
            using var stream = new MemoryStream(buffer.ToArray());
            var message = await MimeMessage.LoadAsync(stream, ct);
            await using var scope = scopes.CreateAsyncScope();
            var result = await scope.ServiceProvider.GetRequiredService<EmailInbound>().HandleAsync(message, recipients, ct);
            return result == EmailInboundResult.Refused ? new SmtpResponse(SmtpReplyCode.TransactionFailed, "Message not accepted") : SmtpResponse.Ok;
        }
        catch (FormatException)
        {
            return new SmtpResponse(SmtpReplyCode.SyntaxError, "Message could not be read");
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogError(ex, "Inbound e-mail not stored; the sender is asked to try again");
            return new SmtpResponse(SmtpReplyCode.ServiceUnavailable, "Try again later");
        }
    }

    private static async Task WaitUntilListeningAsync(IPEndPoint endpoint, CancellationToken ct)
    {
        for (var i = 0; i < 100; i++)
        {
            try
            {
                using var probe = new System.Net.Sockets.TcpClient();
                await probe.ConnectAsync(endpoint, ct);
                return;
            }
            catch (System.Net.Sockets.SocketException)
            {
                await Task.Delay(20, ct);
            }
        }
        throw new InvalidOperationException($"The e-mail listener did not start on {endpoint}.");
    }

    /// <summary>No relay: a recipient must be our address or one of its thread variants.</summary>
    private sealed class OurAddressOnly(EmailAddressing addressing) : MailboxFilter
    {
        public override Task<bool> CanDeliverToAsync(ISessionContext context, IMailbox to, IMailbox from, CancellationToken cancellationToken) =>
            Task.FromResult(addressing.Accepts(to.AsAddress()));
    }

    private sealed class Store(EmailListener owner, int maxSize) : MessageStore
    {
        public override Task<SmtpResponse> SaveAsync(
            ISessionContext context, IMessageTransaction transaction, ReadOnlySequence<byte> buffer, CancellationToken cancellationToken) =>
            buffer.Length > maxSize
                ? Task.FromResult(SmtpResponse.SizeLimitExceeded)
                : owner.ReceiveAsync(buffer, transaction.To.Select(m => m.AsAddress()).ToList(), cancellationToken);
    }
}
