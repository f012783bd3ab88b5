using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Verbinding.Web.Features.Referrals;

public sealed class ReferralConfiguration : IEntityTypeConfiguration<Referral>
{
    public void Configure(EntityTypeBuilder<Referral> e)
    {
        e.ToTable("Referrals");
        e.HasKey(r => r.Id);
        e.Property(r => r.Reference).HasMaxLength(Referral.MaxReferenceLength);
        e.HasIndex(r => r.Reference).IsUnique();
        e.Property(r => r.PartnerId).HasMaxLength(64);
        e.Property(r => r.Source).HasConversion<string>().HasMaxLength(20);
        e.Property(r => r.Status).HasConversion<string>().HasMaxLength(20);
        e.Property(r => r.SourceId).HasMaxLength(64);
        e.Property(r => r.CitizenBsn).HasMaxLength(9);
        e.Property(r => r.EenheidId).HasMaxLength(64);
        e.Property(r => r.SharedItems).HasMaxLength(200);
        e.Property(r => r.ConsentChannel).HasMaxLength(20);
        e.Property(r => r.Language).HasMaxLength(5);
        e.Property(r => r.CitizenTokenHash).HasMaxLength(64);
        e.HasIndex(r => r.CitizenTokenHash).IsUnique();
        e.HasIndex(r => r.AangifteId);
        e.HasIndex(r => r.CitizenBsn);
        e.HasIndex(r => new { r.EenheidId, r.CreatedAt });
        e.Property(r => r.NotifyBy).HasConversion<string>().HasMaxLength(10);
        e.Property(r => r.ProtectedRecipient).HasMaxLength(1000);
        e.Property(r => r.ProtectedCitizenToken).HasMaxLength(1000);
        e.Ignore(r => r.SharedItemList);
        e.HasMany(r => r.Changes).WithOne().HasForeignKey(c => c.ReferralId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class ReferralStatusChangeConfiguration : IEntityTypeConfiguration<ReferralStatusChange>
{
    public void Configure(EntityTypeBuilder<ReferralStatusChange> e)
    {
        e.ToTable("ReferralStatusChanges");
        e.HasKey(c => c.Id);
        e.Property(c => c.Status).HasConversion<string>().HasMaxLength(20);
        e.Property(c => c.Actor).HasMaxLength(20);
        e.HasIndex(c => new { c.ReferralId, c.At });
    }
}

public sealed class ReferralPartnerTokenConfiguration : IEntityTypeConfiguration<ReferralPartnerToken>
{
    public void Configure(EntityTypeBuilder<ReferralPartnerToken> e)
    {
        e.ToTable("ReferralPartnerTokens");
        e.HasKey(t => t.Id);
        e.Property(t => t.TokenHash).HasMaxLength(64);
        e.HasIndex(t => t.TokenHash).IsUnique();
        e.Property(t => t.ForStatus).HasConversion<string>().HasMaxLength(20);
        e.HasIndex(t => t.ReferralId);
        e.HasOne<Referral>().WithMany().HasForeignKey(t => t.ReferralId).OnDelete(DeleteBehavior.Cascade);
    }
}
