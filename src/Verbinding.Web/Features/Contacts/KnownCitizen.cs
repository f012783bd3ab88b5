using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Verbinding.Web.Features.Contacts;

/// <summary>
/// One person across channels: the anchor every contact links to. It holds no personal data itself; the person is
/// recognised through <see cref="CitizenIdentity"/> rows (keyed hashes of BSN, phone number, e-mail address).
/// </summary>
public sealed class KnownCitizen
{
    public Guid Id { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public List<CitizenIdentity> Identities { get; set; } = [];
}

/// <summary>One identifier of a citizen: a keyed hash to find them by, and a masked hint for colleagues.</summary>
public sealed class CitizenIdentity
{
    public Guid Id { get; set; }

    public Guid CitizenId { get; set; }

    /// <summary>An <see cref="IdentityKinds"/> value.</summary>
    public required string Kind { get; set; }

    public required string KeyHash { get; set; }

    /// <summary>Enough to recognise the identifier on screen ("+31 ... 5678"), not enough to contact anyone.</summary>
    public required string Hint { get; set; }

    /// <summary>Where the link came from: a channel ("whatsapp", "digid") or the staff user id who linked it.</summary>
    public required string LinkedBy { get; set; }

    public DateTimeOffset LinkedAt { get; set; }
}

public sealed class KnownCitizenConfiguration : IEntityTypeConfiguration<KnownCitizen>
{
    public void Configure(EntityTypeBuilder<KnownCitizen> builder)
    {
        builder.ToTable("KnownCitizens");
        builder.HasKey(c => c.Id);
        builder.HasMany(c => c.Identities).WithOne().HasForeignKey(i => i.CitizenId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class CitizenIdentityConfiguration : IEntityTypeConfiguration<CitizenIdentity>
{
    public void Configure(EntityTypeBuilder<CitizenIdentity> builder)
    {
        builder.ToTable("CitizenIdentities");
        builder.HasKey(i => i.Id);
        builder.Property(i => i.Kind).HasMaxLength(16);
        builder.Property(i => i.KeyHash).HasMaxLength(64);
        builder.Property(i => i.Hint).HasMaxLength(64);
        builder.Property(i => i.LinkedBy).HasMaxLength(450);
        // One identifier belongs to one citizen: concurrent first contacts from one number cannot make two.
        builder.HasIndex(i => new { i.Kind, i.KeyHash }).IsUnique();
    }
}
