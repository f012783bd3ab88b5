using Verbinding.Web.Features.Contacts;
using Verbinding.Web.Infrastructure.Data;

namespace Verbinding.Web.Features.Conversations.Messaging;

/// <summary>Development and tests: "sends" by storing the message for the simulated phone at /dev/whatsapp.</summary>
public sealed class SimulatedMessagingSender(VerbindingDbContext db, CitizenKeys keys, TimeProvider time) : IMessagingSender
{
    public const string In = "in";
    public const string Out = "out";

    public async Task SendAsync(OutboundMessage message, CancellationToken ct) =>
        await StoreAsync(message.To, Out, message.Text, message.TemplateName, ct);

    public async Task StoreAsync(string phone, string direction, string text, string? templateName, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        db.Add(new SimulatedMessage
        {
            Id = Guid.CreateVersion7(now),
            AddressHash = keys.Phone(phone)?.Hash ?? throw new ArgumentException("Not a phone number.", nameof(phone)),
            Direction = direction,
            Text = text,
            TemplateName = templateName,
            At = now,
        });
        await db.SaveChangesAsync(ct);
    }
}
