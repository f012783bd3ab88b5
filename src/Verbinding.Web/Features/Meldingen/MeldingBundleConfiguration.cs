using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Verbinding.Web.Features.Meldingen;

internal sealed class MeldingBundleConfiguration : IEntityTypeConfiguration<MeldingBundle>
{
    public void Configure(EntityTypeBuilder<MeldingBundle> b)
    {
        b.ToTable("MeldingBundles");
        b.Property(x => x.LocationKey).HasMaxLength(300);
        b.Property(x => x.Label).HasMaxLength(300);
        b.Property(x => x.CategoryId).HasMaxLength(40);
        b.Property(x => x.EenheidId).HasMaxLength(40);
        b.Property(x => x.BasisteamId).HasMaxLength(60);
        b.HasIndex(x => new { x.LocationKey, x.CategoryId, x.LastAt });
        b.HasIndex(x => new { x.EenheidId, x.LastAt });
    }
}
