using Microsoft.EntityFrameworkCore;
using Verbinding.Web.Infrastructure.Data;

namespace Verbinding.Web.Tests.Organisation;

public sealed class OrganisationModelTests
{
    [Fact]
    public void Organisation_tables_build_for_postgresql_without_provider_specific_configuration()
    {
        // No server needed: generating the DDL only builds the model for the Npgsql provider.
        using var db = new PostgresVerbindingDbContext(
            new DbContextOptionsBuilder<PostgresVerbindingDbContext>().UseNpgsql("Host=unused").Options);

        var script = db.Database.GenerateCreateScript();

        Assert.Contains("CREATE TABLE \"Bureaus\"", script);
        Assert.Contains("\"OpeningHours_Mon\" character varying(11)", script);
        Assert.Contains("\"Provinces\" text[]", script);
        Assert.Contains("CREATE UNIQUE INDEX \"IX_Municipalities_NormalizedName\"", script);
    }
}
