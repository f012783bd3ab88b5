using Microsoft.EntityFrameworkCore;
using MimeKit;
using Verbinding.Web.Features.Contacts;
using Verbinding.Web.Features.Conversations.Messaging;
using Verbinding.Web.Infrastructure.Data;

namespace Verbinding.Web.Features.Conversations.Email;

public enum EmailInboundResult { Accepted, Duplicate, Refused }

/// <summary>
/// One received e-mail: stored once per Message-Id (a redelivery is a no-op), linked to the citizen known by the
/// sender's address, and handed to the same <see cref="ConversationService"/> as every other channel.
/// </summary>
public sealed class EmailInbound(
    VerbindingDbContext db, ConversationService conversations, CitizenKeys keys, CitizenDirectory citizens, EmailAddressing addressing,
    TimeProvider time, ILogger<EmailInbound> logger)
{
    public async Task<EmailInboundResult> HandleAsync(MimeMessage message, IEnumerable<string> recipients, CancellationToken ct)
    {
        if (InboundEmailParser.Parse(message, recipients, addressing) is not { } email || keys.Email(email.From) is not { } key)
        {
            logger.LogWarning("E-mail refused: no usable sender address");
            return EmailInboundResult.Refused;
        }
        var idHash = EmailThreading.Hash(email.MessageId);
        if (!await db.ClaimReceiptAsync(ConversationChannels.Email, idHash, time.GetUtcNow(), ct))
            return EmailInboundResult.Duplicate;
        try
        {
            var citizenId = await citizens.ResolveAsync([key], ConversationChannels.Email, ct);
            await conversations.ReceiveEmailAsync(new EmailReceived(email, key.Hash, email.From, citizenId, idHash), ct);
            return EmailInboundResult.Accepted;
        }
        catch
        {
            // Not stored after all: the sending server's retry must be let in.
            await db.ReleaseReceiptAsync(ConversationChannels.Email, idHash);
            throw;
        }
    }
}
