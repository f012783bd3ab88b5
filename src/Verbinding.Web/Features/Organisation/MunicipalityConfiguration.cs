using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Verbinding.Web.Features.Organisation;

internal sealed class MunicipalityConfiguration : IEntityTypeConfiguration<Municipality>
{
    public void Configure(EntityTypeBuilder<Municipality> builder)
    {
        builder.ToTable("Municipalities");
        builder.HasKey(m => m.Code);
        builder.Property(m => m.Code).HasMaxLength(OrganisationLimits.MunicipalityCode).IsFixedLength();
        builder.Property(m => m.Name).HasMaxLength(OrganisationLimits.Name);
        builder.Property(m => m.NormalizedName).HasMaxLength(OrganisationLimits.Name);
        builder.Property(m => m.Province).HasMaxLength(OrganisationLimits.Region);
        builder.Property(m => m.Veiligheidsregio).HasMaxLength(OrganisationLimits.Region);
        builder.Property(m => m.EenheidId).HasMaxLength(OrganisationLimits.Id);
        builder.Property(m => m.BasisteamId).HasMaxLength(OrganisationLimits.Id);

        // Case- and accent-insensitive lookup without provider-specific collations.
        builder.HasIndex(m => m.NormalizedName).IsUnique();

        builder.HasOne<Eenheid>().WithMany().HasForeignKey(m => m.EenheidId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Basisteam>().WithMany().HasForeignKey(m => m.BasisteamId).OnDelete(DeleteBehavior.Restrict);
    }
}
