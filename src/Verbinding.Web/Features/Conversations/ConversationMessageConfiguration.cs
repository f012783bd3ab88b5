using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Verbinding.Web.Features.Conversations;

public sealed class ConversationMessageConfiguration : IEntityTypeConfiguration<ConversationMessage>
{
    public void Configure(EntityTypeBuilder<ConversationMessage> builder)
    {
        builder.ToTable("ConversationMessages");
        builder.HasKey(m => m.Id);
        builder.Property(m => m.AuthorKind).HasMaxLength(10);
        builder.Property(m => m.AuthorId).HasMaxLength(450);
        builder.Property(m => m.AuthorName).HasMaxLength(256);
        builder.Property(m => m.ClientMessageId).HasMaxLength(64);
        builder.Property(m => m.Text).HasMaxLength(ConversationLimits.MaxStoredTextLength);
        builder.Property(m => m.Topic).HasMaxLength(64);
        builder.Property(m => m.TemplateName).HasMaxLength(64);
        builder.HasIndex(m => new { m.ConversationId, m.Sequence }).IsUnique();
        // Idempotency: a client message id counts once per conversation (NULLs are distinct on both providers).
        builder.HasIndex(m => new { m.ConversationId, m.ClientMessageId }).IsUnique();
    }
}
