using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Verbinding.Web.Features.Aangifte;

namespace Verbinding.Web.Features.VictimRights;

public sealed class VictimRegisterConfiguration : IEntityTypeConfiguration<VictimRegister>
{
    public void Configure(EntityTypeBuilder<VictimRegister> e)
    {
        e.ToTable("VictimRegisters");
        e.Property(r => r.Id).ValueGeneratedNever();
        // One register per victim per case: submit and intake both create it, the second meets this index.
        e.HasIndex(r => new { r.AangifteId, r.CitizenBsn }).IsUnique();
        e.HasIndex(r => r.CitizenBsn);
        // The register lives and dies with its aangifte: a retention purge of the aangifte removes it too.
        e.HasOne<SubmittedAangifte>().WithMany().HasForeignKey(r => r.AangifteId).OnDelete(DeleteBehavior.Cascade);
        e.Property(r => r.CitizenBsn).HasMaxLength(9);
        e.Property(r => r.EenheidId).HasMaxLength(40);
        e.Property(r => r.OffenceId).HasMaxLength(40);
        e.Property(r => r.Language).HasMaxLength(8);
        e.Property(r => r.Relation).HasConversion<string>().HasMaxLength(24);
        e.Ignore(r => r.Choices);
        e.HasMany(r => r.Obligations).WithOne().HasForeignKey(o => o.RegisterId).OnDelete(DeleteBehavior.Cascade);
        e.HasMany(r => r.Changes).WithOne().HasForeignKey(c => c.RegisterId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class VictimObligationConfiguration : IEntityTypeConfiguration<VictimObligation>
{
    public void Configure(EntityTypeBuilder<VictimObligation> e)
    {
        e.ToTable("VictimObligations");
        e.Property(o => o.Id).ValueGeneratedNever();
        e.HasIndex(o => new { o.RegisterId, o.RightId }).IsUnique();
        // The supervisor's question: what is open and past due in my unit.
        e.HasIndex(o => new { o.EenheidId, o.Status, o.DueAt });
        e.Property(o => o.RightId).HasMaxLength(40);
        e.Property(o => o.EenheidId).HasMaxLength(40);
        e.Property(o => o.Owner).HasConversion<string>().HasMaxLength(24);
        e.Property(o => o.Status).HasConversion<string>().HasMaxLength(16);
        e.Property(o => o.Evidence).HasMaxLength(1000);
    }
}

public sealed class VictimRightsChangeConfiguration : IEntityTypeConfiguration<VictimRightsChange>
{
    public void Configure(EntityTypeBuilder<VictimRightsChange> e)
    {
        e.ToTable("VictimRightsChanges");
        e.Property(c => c.Id).ValueGeneratedNever();
        e.HasIndex(c => new { c.RegisterId, c.At });
        e.Property(c => c.Channel).HasMaxLength(16);
        e.Property(c => c.Actor).HasMaxLength(24);
        e.Property(c => c.Change).HasMaxLength(120);
    }
}
