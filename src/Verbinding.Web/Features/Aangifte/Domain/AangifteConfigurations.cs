using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Verbinding.Web.Features.Aangifte;

internal static class JsonColumn
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);

    /// <summary>Stores a value as JSON text: the same on SQLite and PostgreSQL, compared by content for change tracking.</summary>
    public static PropertyBuilder<T> AsJson<T>(this PropertyBuilder<T> property) where T : class => property
        .HasConversion(v => JsonSerializer.Serialize(v, Options), s => JsonSerializer.Deserialize<T>(s, Options)!,
            new ValueComparer<T>(
                (a, b) => JsonSerializer.Serialize(a, Options) == JsonSerializer.Serialize(b, Options),
                v => JsonSerializer.Serialize(v, Options).GetHashCode(StringComparison.Ordinal),
                v => JsonSerializer.Deserialize<T>(JsonSerializer.Serialize(v, Options), Options)!))
        .IsRequired();
}

public sealed class AangifteDraftConfiguration : IEntityTypeConfiguration<AangifteDraft>
{
    public void Configure(EntityTypeBuilder<AangifteDraft> e)
    {
        e.ToTable("AangifteDrafts");
        e.Property(d => d.CitizenBsn).HasMaxLength(9);
        e.Property(d => d.TypeId).HasMaxLength(40);
        e.Property(d => d.TypesVersion).HasMaxLength(20);
        e.Property(d => d.Answers).AsJson();
        e.Property(d => d.Rows).AsJson();
        e.Property(d => d.Eligibility).AsJson();
        e.HasIndex(d => new { d.CitizenBsn, d.ExpiresAt });
        e.Ignore(d => d.HasAttachments);
    }
}

public sealed class SubmittedAangifteConfiguration : IEntityTypeConfiguration<SubmittedAangifte>
{
    public void Configure(EntityTypeBuilder<SubmittedAangifte> e)
    {
        e.ToTable("Aangiftes");
        // One draft, one aangifte: a double click or a replayed POST meets this index and gets the first one back.
        e.HasIndex(a => a.DraftId).IsUnique();
        e.HasIndex(a => a.ReceiptNumber).IsUnique();
        e.HasIndex(a => a.RegistrationNumber).IsUnique();
        e.HasIndex(a => new { a.EenheidId, a.Status, a.SubmittedAt });
        e.HasIndex(a => a.CitizenBsn);
        e.Property(a => a.ReceiptNumber).HasMaxLength(24);
        e.Property(a => a.RegistrationNumber).HasMaxLength(24);
        e.Property(a => a.VerificationCode).HasMaxLength(12);
        e.Property(a => a.CitizenBsn).HasMaxLength(9);
        e.Property(a => a.CitizenName).HasMaxLength(200);
        e.Property(a => a.TypeId).HasMaxLength(40);
        e.Property(a => a.TypesVersion).HasMaxLength(20);
        e.Property(a => a.Status).HasConversion<string>().HasMaxLength(24);
        e.Property(a => a.Municipality).HasMaxLength(80);
        e.Property(a => a.MunicipalityCode).HasMaxLength(10);
        e.Property(a => a.EenheidId).HasMaxLength(40);
        e.Property(a => a.BasisteamId).HasMaxLength(60);
        e.Property(a => a.Postcode).HasMaxLength(7);
        e.Property(a => a.HouseNumber).HasMaxLength(12);
        e.Property(a => a.Description).HasMaxLength(4000);
        e.Property(a => a.Witnesses).HasMaxLength(1000);
        e.Property(a => a.DecidedBy).HasMaxLength(100);
        e.Property(a => a.RejectionCode).HasMaxLength(40);
        e.Property(a => a.InformationRequest).HasMaxLength(2000);
        e.Property(a => a.InformationResponse).HasMaxLength(4000);
        e.Property(a => a.Language).HasMaxLength(2);
        e.Property(a => a.ClosingReason).HasMaxLength(40);
        e.Property(a => a.Contact).AsJson();
        e.Property(a => a.Rights).AsJson();
        e.Property(a => a.Eligibility).AsJson();
        e.Property(a => a.Answers).AsJson();
        e.Ignore(a => a.TotalValue);
        e.HasMany(a => a.Items).WithOne().HasForeignKey(i => i.AangifteId).OnDelete(DeleteBehavior.Cascade);
        e.HasMany(a => a.FraudIdentifiers).WithOne().HasForeignKey(i => i.AangifteId).OnDelete(DeleteBehavior.Cascade);
        e.HasMany(a => a.Payments).WithOne().HasForeignKey(i => i.AangifteId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class AangifteItemConfiguration : IEntityTypeConfiguration<AangifteItem>
{
    public void Configure(EntityTypeBuilder<AangifteItem> e)
    {
        e.ToTable("AangifteItems");
        e.Property(i => i.Kind).HasMaxLength(40);
        e.Property(i => i.Brand).HasMaxLength(60);
        e.Property(i => i.Model).HasMaxLength(60);
        e.Property(i => i.Colour).HasMaxLength(40);
        e.Property(i => i.FrameNumber).HasMaxLength(30);
        e.Property(i => i.Imei).HasMaxLength(15);
        e.Property(i => i.Plate).HasMaxLength(12);
        e.Property(i => i.Value).HasPrecision(12, 2);
        e.HasIndex(i => i.FrameNumber);
        e.HasIndex(i => i.Imei);
    }
}

public sealed class FraudIdentifierConfiguration : IEntityTypeConfiguration<FraudIdentifier>
{
    public void Configure(EntityTypeBuilder<FraudIdentifier> e)
    {
        e.ToTable("AangifteFraudIdentifiers");
        e.Property(i => i.Kind).HasMaxLength(20);
        e.Property(i => i.Value).HasMaxLength(200);
        // The index the fraud links search; one row per identifier per aangifte.
        e.HasIndex(i => new { i.Kind, i.Value });
        e.HasIndex(i => new { i.AangifteId, i.Kind, i.Value }).IsUnique();
    }
}

public sealed class FraudPaymentConfiguration : IEntityTypeConfiguration<FraudPayment>
{
    public void Configure(EntityTypeBuilder<FraudPayment> e)
    {
        e.ToTable("AangifteFraudPayments");
        e.Property(p => p.Amount).HasPrecision(12, 2);
    }
}
