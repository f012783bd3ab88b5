using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Verbinding.Web.Features.TriagePolicies;

internal sealed class PolicyVersionConfiguration : IEntityTypeConfiguration<PolicyVersion>
{
    public void Configure(EntityTypeBuilder<PolicyVersion> builder)
    {
        builder.ToTable("TriagePolicyVersions");
        builder.HasKey(v => v.Id);
        // Every answer records the label, so a label means one document per scope, for ever.
        builder.HasIndex(v => new { v.Scope, v.Label }).IsUnique();
        builder.HasIndex(v => new { v.Status, v.EffectiveFrom });
        builder.Property(v => v.Scope).HasMaxLength(50);
        builder.Property(v => v.Label).HasMaxLength(PolicyAdmin.MaxLabelLength);
        builder.Property(v => v.Status).HasMaxLength(20);
        builder.Property(v => v.ChangeNote).HasMaxLength(PolicyAdmin.MaxTextLength);
        builder.Property(v => v.AuthorId).HasMaxLength(100);
        builder.Property(v => v.AuthorName).HasMaxLength(256);
        builder.Property(v => v.DeciderId).HasMaxLength(100);
        builder.Property(v => v.DeciderName).HasMaxLength(256);
        builder.Property(v => v.RejectionReason).HasMaxLength(PolicyAdmin.MaxTextLength);
    }
}
