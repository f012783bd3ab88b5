using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Verbinding.Web.Infrastructure.Data;

// Used only by `dotnet ef migrations add`: each provider keeps its own migrations folder.
internal sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteVerbindingDbContext>
{
    public SqliteVerbindingDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteVerbindingDbContext>().UseSqlite("Data Source=design-time.db").Options);
}

internal sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresVerbindingDbContext>
{
    public PostgresVerbindingDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresVerbindingDbContext>().UseNpgsql("Host=localhost;Database=design_time").Options);
}
