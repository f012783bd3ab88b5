using System.Net;
using System.Net.Sockets;
using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;
using Verbinding.Web.Features.Contacts;
using Verbinding.Web.Features.Conversations;
using Verbinding.Web.Infrastructure.Notifications;
using Verbinding.Web.Tests.Infrastructure;

namespace Verbinding.Web.Tests.Conversations.Email;

/// <summary>
/// The app with its SMTP listener on a free loopback port, sending its own mail to a capture server: the test plays the
/// citizen's mail program with MailKit on one side and reads what the police sent on the other.
/// </summary>
public sealed class EmailFixture : IAsyncLifetime
{
    public const string Address = "contact@politie.example";
    public const int MaxMessageSize = 200_000;

    public TestSmtpServer Outbox { get; private set; } = null!;

    public VerbindingApplication App { get; private set; } = null!;

    public int Port { get; } = FreePort();

    public async ValueTask InitializeAsync()
    {
        Outbox = await TestSmtpServer.StartAsync();
        App = await VerbindingApplication.StartAsync(s =>
        {
            Outbox.Configure(s);
            s["Notifications:PortalBaseUrl"] = "https://verbinding.test";
            s["Email:Address"] = Address;
            s["Email:Inbound:Enabled"] = "true";
            s["Email:Inbound:Port"] = Port.ToString(System.Globalization.CultureInfo.InvariantCulture);
            s["Email:Inbound:MaxMessageSize"] = MaxMessageSize.ToString(System.Globalization.CultureInfo.InvariantCulture);
        });
    }

    public async ValueTask DisposeAsync()
    {
        await App.DisposeAsync();
        await Outbox.DisposeAsync();
    }

    public static string NewSender() => $"burger.{Guid.NewGuid():N}"[..20] + "@example.nl";

    public static MimeMessage Mail(string from, string subject, string text, string to = Address, string? messageId = null)
    {
        var message = new MimeMessage { Subject = subject, Body = new TextPart("plain") { Text = text } };
        message.From.Add(MailboxAddress.Parse(from));
        message.To.Add(MailboxAddress.Parse(to));
        message.MessageId = messageId ?? MimeKit.Utils.MimeUtils.GenerateMessageId("mail.example.nl");
        return message;
    }

    /// <summary>Sends as a citizen's mail server would: a real SMTP session with the app's listener.</summary>
    public async Task SendAsync(MimeMessage message)
    {
        using var client = new SmtpClient();
        await client.ConnectAsync("127.0.0.1", Port, SecureSocketOptions.None);
        await client.SendAsync(message);
        await client.DisconnectAsync(true);
    }

    public async Task<List<Conversation>> ConversationsOfAsync(string sender)
    {
        var hash = App.Services.GetRequiredService<CitizenKeys>().Email(sender)!.Hash;
        return await App.WithDbAsync(db => db.Set<Conversation>().AsNoTracking().Include(c => c.Messages)
            .Where(c => c.ChannelAddressHash == hash).ToListAsync());
    }

    public Task<DispatchResult> DispatchAsync() => App.Services.GetRequiredService<NotificationDispatcher>().DispatchOnceAsync();

    private static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }
}
