using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Verbinding.Web.Features.Meldingen;

internal sealed class MeldingFeedbackConfiguration : IEntityTypeConfiguration<MeldingFeedback>
{
    public void Configure(EntityTypeBuilder<MeldingFeedback> b)
    {
        b.ToTable("MeldingFeedback");
        b.Property(x => x.OutcomeId).HasMaxLength(40);
        b.Property(x => x.Note).HasMaxLength(MeldingLimits.Note);
        b.Property(x => x.ActorId).HasMaxLength(100);
        b.HasIndex(x => x.BundleId);
        b.HasOne<MeldingBundle>().WithMany().HasForeignKey(x => x.BundleId).OnDelete(DeleteBehavior.Restrict);
    }
}
