using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Verbinding.Web.Features.Conversations.Email;

/// <summary>
/// The e-mail side of one conversation: the token in our reply address, the subject, and the headers a reply needs
/// to thread in the citizen's mail program (In-Reply-To and References of their latest message).
/// </summary>
public sealed class EmailThread
{
    public Guid ConversationId { get; set; }

    /// <summary>Random, in the plus address contact+{token}@...; a reply from the same sender to it joins this conversation.</summary>
    public required string Token { get; set; }

    public required string Subject { get; set; }

    /// <summary>The Message-Id of the citizen's latest e-mail: our reply's In-Reply-To.</summary>
    public string? LastInboundMessageId { get; set; }

    /// <summary>Message-Ids of the thread so far, oldest first, space-separated: our reply's References.</summary>
    public string References { get; set; } = "";
}

/// <summary>A Message-Id seen in a thread (the citizen's, or one we sent), by hash: a reply naming it finds the conversation.</summary>
public sealed class EmailThreadMessage
{
    public required string MessageIdHash { get; set; }

    public Guid ConversationId { get; set; }
}

public static class EmailThreading
{
    /// <summary>Enough of a long thread to find it; mail programs cut References the same way.</summary>
    public const int MaxReferences = 10;

    public static string Hash(string messageId) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(messageId.Trim().Trim('<', '>').ToLowerInvariant())));

    public static string NewToken() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(12));

    /// <summary>The References after adding <paramref name="messageId"/>, capped at the newest <see cref="MaxReferences"/>.</summary>
    public static string Append(string references, string messageId)
    {
        var ids = references.Split(' ', StringSplitOptions.RemoveEmptyEntries).Append(messageId).Distinct().ToList();
        return string.Join(' ', ids.Skip(Math.Max(0, ids.Count - MaxReferences)));
    }
}

public sealed class EmailThreadConfiguration : IEntityTypeConfiguration<EmailThread>
{
    public void Configure(EntityTypeBuilder<EmailThread> builder)
    {
        builder.ToTable("EmailThreads");
        builder.HasKey(t => t.ConversationId);
        builder.HasOne<Conversation>().WithOne().HasForeignKey<EmailThread>(t => t.ConversationId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(t => t.Token).HasMaxLength(32);
        builder.HasIndex(t => t.Token).IsUnique();
        builder.Property(t => t.Subject).HasMaxLength(InboundEmailParser.MaxSubjectLength);
        builder.Property(t => t.LastInboundMessageId).HasMaxLength(512);
        builder.Property(t => t.References).HasMaxLength(5200);
    }
}

public sealed class EmailThreadMessageConfiguration : IEntityTypeConfiguration<EmailThreadMessage>
{
    public void Configure(EntityTypeBuilder<EmailThreadMessage> builder)
    {
        builder.ToTable("EmailThreadMessages");
        builder.HasKey(m => m.MessageIdHash);
        builder.Property(m => m.MessageIdHash).HasMaxLength(64);
        builder.HasOne<Conversation>().WithMany().HasForeignKey(m => m.ConversationId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(m => m.ConversationId);
    }
}
