using System.ComponentModel.DataAnnotations;

namespace Verbinding.Web.Infrastructure.Data;

public enum DatabaseProvider
{
    Sqlite,
    PostgreSQL,
}

public sealed class DatabaseOptions
{
    public const string Section = "Database";

    [Required]
    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    /// <summary>Apply pending migrations when the host starts (default on in Development).</summary>
    public bool? MigrateOnStartup { get; set; }

    /// <summary>Seed demo staff, citizens and contacts (Development only, never in Production).</summary>
    public bool? SeedDemoData { get; set; }
}
