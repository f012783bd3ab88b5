using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Verbinding.Web.Features.Organisation;

internal sealed class EenheidConfiguration : IEntityTypeConfiguration<Eenheid>
{
    public void Configure(EntityTypeBuilder<Eenheid> builder)
    {
        builder.ToTable("Eenheden");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).HasMaxLength(OrganisationLimits.Id);
        builder.Property(e => e.Name).HasMaxLength(OrganisationLimits.Name);
        builder.Property(e => e.Website).HasMaxLength(OrganisationLimits.Url);
        // Primitive collections: a JSON text column on SQLite, a text[] on PostgreSQL.
        builder.PrimitiveCollection(e => e.Provinces);
        builder.PrimitiveCollection(e => e.Veiligheidsregios);
    }
}
