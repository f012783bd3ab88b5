using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Verbinding.Web.Features.Contacts;

namespace Verbinding.Web.Features.Meldingen;

internal sealed class MeldingConfiguration : IEntityTypeConfiguration<Melding>
{
    public void Configure(EntityTypeBuilder<Melding> b)
    {
        b.ToTable("Meldingen");
        b.Property(m => m.Reference).HasMaxLength(20);
        b.HasIndex(m => m.Reference).IsUnique();
        b.Property(m => m.TrackingCodeHash).HasMaxLength(64);
        b.Property(m => m.CategoryId).HasMaxLength(40);
        b.Property(m => m.Description).HasMaxLength(MeldingLimits.Description);
        b.Property(m => m.AnswersJson).HasMaxLength(4000);
        b.Property(m => m.MunicipalityCode).HasMaxLength(6);
        b.Property(m => m.Street).HasMaxLength(MeldingLimits.Street);
        b.Property(m => m.HouseNumber).HasMaxLength(MeldingLimits.HouseNumber);
        b.Property(m => m.Postcode).HasMaxLength(7);
        b.Property(m => m.PostcodeArea).HasMaxLength(4);
        b.Property(m => m.PlaceDescription).HasMaxLength(MeldingLimits.PlaceDescription);
        b.Property(m => m.EenheidId).HasMaxLength(40);
        b.Property(m => m.BasisteamId).HasMaxLength(60);
        b.Property(m => m.Language).HasMaxLength(2);
        b.Property(m => m.Channel).HasMaxLength(10);
        b.Property(m => m.ContactName).HasMaxLength(MeldingLimits.Name);
        b.Property(m => m.ContactEmail).HasMaxLength(MeldingLimits.Email);
        b.Property(m => m.ContactPhone).HasMaxLength(MeldingLimits.Phone);
        b.Property(m => m.IdempotencyKey).HasMaxLength(MeldingLimits.IdempotencyKey);
        b.HasIndex(m => m.IdempotencyKey).IsUnique();
        b.Property(m => m.ReplayTrackingCode).HasMaxLength(500);
        b.Property(m => m.Status).HasConversion<string>().HasMaxLength(16);
        b.Property(m => m.OutcomeId).HasMaxLength(40);
        b.HasIndex(m => new { m.EenheidId, m.BasisteamId, m.SubmittedAt });
        b.HasIndex(m => m.CitizenId);
        b.HasOne<KnownCitizen>().WithMany().HasForeignKey(m => m.CitizenId).OnDelete(DeleteBehavior.SetNull);
        b.HasOne(m => m.Bundle).WithMany(x => x.Meldingen).HasForeignKey(m => m.BundleId).OnDelete(DeleteBehavior.Restrict);
    }
}
