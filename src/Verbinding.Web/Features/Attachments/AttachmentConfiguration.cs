using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Verbinding.Web.Features.Aangifte;

namespace Verbinding.Web.Features.Attachments;

public sealed class AttachmentConfiguration : IEntityTypeConfiguration<Attachment>
{
    public void Configure(EntityTypeBuilder<Attachment> e)
    {
        e.ToTable("Attachments");
        e.Property(a => a.CitizenBsn).HasMaxLength(9);
        e.Property(a => a.UploadedByStaffId).HasMaxLength(100);
        e.Property(a => a.FileName).HasMaxLength(FileNames.MaxLength);
        e.Property(a => a.ContentType).HasMaxLength(40);
        e.Property(a => a.Sha256).HasMaxLength(64);
        e.HasIndex(a => a.DraftId);
        e.HasIndex(a => a.AangifteId);
        e.HasIndex(a => a.MessageId);
        // Files go with what they belong to: an expired draft, an erased aangifte or message takes its files along.
        e.HasOne<AangifteDraft>().WithMany().HasForeignKey(a => a.DraftId).OnDelete(DeleteBehavior.Cascade);
        e.HasOne<SubmittedAangifte>().WithMany().HasForeignKey(a => a.AangifteId).OnDelete(DeleteBehavior.Cascade);
        e.HasOne<CaseMessage>().WithMany().HasForeignKey(a => a.MessageId).OnDelete(DeleteBehavior.Cascade);
    }
}
