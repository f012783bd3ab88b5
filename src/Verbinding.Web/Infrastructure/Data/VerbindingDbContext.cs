using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using Verbinding.Web.Features.Staff;

namespace Verbinding.Web.Infrastructure.Data;

/// <summary>
/// The one DbContext. Each feature adds its entities through an <see cref="IEntityTypeConfiguration{TEntity}"/>
/// in its own folder; provider-specific subclasses exist only so each provider keeps its own migrations.
/// </summary>
public abstract class VerbindingDbContext(DbContextOptions options)
    : IdentityDbContext<StaffUser, IdentityRole, string>(options), IDataProtectionKeyContext
{
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(VerbindingDbContext).Assembly);
    }
}

public sealed class SqliteVerbindingDbContext(DbContextOptions<SqliteVerbindingDbContext> options)
    : VerbindingDbContext(options)
{
    // SQLite cannot order or compare DateTimeOffset text; a sortable 64-bit form keeps queries identical on both providers.
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<DateTimeOffsetToBinaryConverter>();
        configurationBuilder.Properties<DateTimeOffset?>().HaveConversion<DateTimeOffsetToBinaryConverter>();
    }
}

public sealed class PostgresVerbindingDbContext(DbContextOptions<PostgresVerbindingDbContext> options)
    : VerbindingDbContext(options);
