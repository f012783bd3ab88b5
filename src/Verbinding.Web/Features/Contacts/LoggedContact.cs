using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Verbinding.Web.Features.Contacts;

/// <summary>A 0900-8844 call or a bureau visit, logged by the colleague who handled it, in the citizen's timeline.</summary>
public sealed class LoggedContact
{
    public Guid Id { get; set; }

    /// <summary>Null for an anonymous contact: it still counts in figures, but belongs to no timeline.</summary>
    public Guid? CitizenId { get; set; }

    /// <summary>A <see cref="ContactChannels"/> value.</summary>
    public required string Channel { get; set; }

    /// <summary>The colleague's eenheid: who may read this contact.</summary>
    public required string EenheidId { get; set; }

    /// <summary>One of Wout's topic ids, so every channel is counted on the same list.</summary>
    public required string Topic { get; set; }

    public required string Summary { get; set; }

    public required string Outcome { get; set; }

    public DateTimeOffset At { get; set; }

    public required string StaffUserId { get; set; }

    public required string StaffName { get; set; }
}

public static class ContactChannels
{
    public const string Phone = "telefoon";
    public const string Counter = "balie";

    public static readonly IReadOnlyList<string> Logged = [Phone, Counter];
}

public sealed class LoggedContactConfiguration : IEntityTypeConfiguration<LoggedContact>
{
    public void Configure(EntityTypeBuilder<LoggedContact> builder)
    {
        builder.ToTable("LoggedContacts");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Channel).HasMaxLength(20);
        builder.Property(c => c.EenheidId).HasMaxLength(64);
        builder.Property(c => c.Topic).HasMaxLength(64);
        builder.Property(c => c.Summary).HasMaxLength(LoggedContactLimits.Summary);
        builder.Property(c => c.Outcome).HasMaxLength(32);
        builder.Property(c => c.StaffUserId).HasMaxLength(450);
        builder.Property(c => c.StaffName).HasMaxLength(256);
        builder.HasOne<KnownCitizen>().WithMany().HasForeignKey(c => c.CitizenId).OnDelete(DeleteBehavior.SetNull);
        builder.HasIndex(c => c.CitizenId);
        builder.HasIndex(c => new { c.EenheidId, c.At });
    }
}

public static class LoggedContactLimits
{
    public const int Summary = 2000;
}
