using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Verbinding.Web.Features.Organisation;

internal sealed class BureauConfiguration : IEntityTypeConfiguration<Bureau>
{
    public void Configure(EntityTypeBuilder<Bureau> builder)
    {
        builder.ToTable("Bureaus");
        builder.HasKey(b => b.Id);
        builder.Property(b => b.Id).HasMaxLength(OrganisationLimits.Id);
        builder.Property(b => b.Name).HasMaxLength(OrganisationLimits.Name);
        builder.Property(b => b.BasisteamId).HasMaxLength(OrganisationLimits.Id);
        builder.HasOne<Basisteam>().WithMany().HasForeignKey(b => b.BasisteamId).OnDelete(DeleteBehavior.Restrict);

        // Complex types become plain columns in the Bureaus table (Address_Street, OpeningHours_Mon, ...).
        builder.ComplexProperty(b => b.Address, address =>
        {
            address.Property(a => a.Street).HasMaxLength(OrganisationLimits.Street);
            address.Property(a => a.HouseNumber).HasMaxLength(OrganisationLimits.HouseNumber);
            address.Property(a => a.Postcode).HasMaxLength(OrganisationLimits.Postcode);
            address.Property(a => a.City).HasMaxLength(OrganisationLimits.City);
        });
        builder.ComplexProperty(b => b.OpeningHours, hours =>
        {
            hours.Property(h => h.Mon).HasMaxLength(OrganisationLimits.Hours);
            hours.Property(h => h.Tue).HasMaxLength(OrganisationLimits.Hours);
            hours.Property(h => h.Wed).HasMaxLength(OrganisationLimits.Hours);
            hours.Property(h => h.Thu).HasMaxLength(OrganisationLimits.Hours);
            hours.Property(h => h.Fri).HasMaxLength(OrganisationLimits.Hours);
            hours.Property(h => h.Sat).HasMaxLength(OrganisationLimits.Hours);
            hours.Property(h => h.Sun).HasMaxLength(OrganisationLimits.Hours);
        });
    }
}
