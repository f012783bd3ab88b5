using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Verbinding.Web.Features.Organisation;

internal sealed class BasisteamConfiguration : IEntityTypeConfiguration<Basisteam>
{
    public void Configure(EntityTypeBuilder<Basisteam> builder)
    {
        builder.ToTable("Basisteams");
        builder.HasKey(b => b.Id);
        builder.Property(b => b.Id).HasMaxLength(OrganisationLimits.Id);
        builder.Property(b => b.Name).HasMaxLength(OrganisationLimits.Name);
        builder.Property(b => b.EenheidId).HasMaxLength(OrganisationLimits.Id);
        builder.HasOne<Eenheid>().WithMany().HasForeignKey(b => b.EenheidId).OnDelete(DeleteBehavior.Restrict);
    }
}
