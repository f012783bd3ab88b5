using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Verbinding.Web.Features.Contacts;
using Verbinding.Web.Infrastructure.Data;

namespace Verbinding.Web.Features.Conversations.Messaging;

/// <summary>What happened to the messages of one webhook call.</summary>
public sealed record InboundResult(int Accepted, int Duplicates, int Stale, int Ignored);

/// <summary>
/// Inbound WhatsApp messages (signature already checked): refuses stale timestamps and replayed ids, links the number
/// to a citizen, and hands the text to the same <see cref="ConversationService"/> as the web chat.
/// </summary>
public sealed class WhatsAppInbound(
    VerbindingDbContext db, ConversationService conversations, CitizenKeys keys, CitizenDirectory citizens,
    IOptions<WhatsAppOptions> options, TimeProvider time, ILogger<WhatsAppInbound> logger)
{
    private enum Status { Accepted, Duplicate, Stale, Ignored }

    public async Task<InboundResult> HandleAsync(WhatsAppWebhook payload, CancellationToken ct)
    {
        var statuses = new List<Status>();
        foreach (var message in payload.Messages)
            statuses.Add(await HandleAsync(message, ct));
        return new InboundResult(
            statuses.Count(s => s == Status.Accepted), statuses.Count(s => s == Status.Duplicate),
            statuses.Count(s => s == Status.Stale), statuses.Count(s => s == Status.Ignored));
    }

    private async Task<Status> HandleAsync(WhatsAppMessage message, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        if (message.Id is not { Length: > 0 and <= 512 } || keys.Phone(message.From) is not { } key
            || !long.TryParse(message.Timestamp, out var unix) || unix is < 0 or > 253402300799)
            return Status.Ignored;
        if ((now - DateTimeOffset.FromUnixTimeSeconds(unix)).Duration() > options.Value.MaxMessageAge)
        {
            logger.LogWarning("WhatsApp message refused: timestamp outside the allowed age");
            return Status.Stale;
        }
        if (message.Type != "text" || string.IsNullOrWhiteSpace(message.Text?.Body))
            return Status.Ignored;
        var idHash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(message.Id)));
        if (!await db.ClaimReceiptAsync(ConversationChannels.WhatsApp, idHash, now, ct))
            return Status.Duplicate;
        try
        {
            var citizenId = await citizens.ResolveAsync([key], ConversationChannels.WhatsApp, ct);
            var text = message.Text.Body.Trim();
            var inbound = new ChannelInbound(ConversationChannels.WhatsApp, key.Hash, PhoneNumber.ToE164(message.From)!, citizenId,
                text[..Math.Min(text.Length, ConversationLimits.MaxStoredTextLength)], idHash);
            await conversations.ReceiveOnChannelAsync(inbound, ct);
            return Status.Accepted;
        }
        catch
        {
            // Not handled after all: let the provider's redelivery try again.
            await db.ReleaseReceiptAsync(ConversationChannels.WhatsApp, idHash);
            throw;
        }
    }
}
