using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Verbinding.Web.Infrastructure.Data;
using Verbinding.Web.Tests.Infrastructure;

namespace Verbinding.Web.Tests.Platform;

/// <summary>Pooled contexts and the PostgreSQL connection defaults (docs/benchmarks.md, "Aangifte submit").</summary>
public sealed class DataAccessTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    [Fact]
    public void Connection_defaults_prepare_statements_and_skip_the_reset()
    {
        var settings = new NpgsqlConnectionStringBuilder(PostgresConnectionDefaults.Apply("Host=db;Database=verbinding;Password=verbinding"));
        Assert.Equal(PostgresConnectionDefaults.MaxAutoPrepare, settings.MaxAutoPrepare);
        Assert.True(settings.NoResetOnClose);
        Assert.Equal("db", settings.Host);
    }

    [Theory]
    [InlineData("Host=db;Max Auto Prepare=0;No Reset On Close=false")]
    [InlineData("Host=db;maxautoprepare=0;NORESETONCLOSE=false")]
    public void Settings_in_the_connection_string_win(string connectionString)
    {
        var settings = new NpgsqlConnectionStringBuilder(PostgresConnectionDefaults.Apply(connectionString));
        Assert.Equal(0, settings.MaxAutoPrepare);
        Assert.False(settings.NoResetOnClose);
    }

    [Fact]
    public void A_quoted_value_with_a_semicolon_is_not_taken_for_a_setting()
    {
        var settings = new NpgsqlConnectionStringBuilder(PostgresConnectionDefaults.Apply("Host=db;Application Name=\"a;Max Auto Prepare=0\""));
        Assert.Equal("a;Max Auto Prepare=0", settings.ApplicationName);
        Assert.Equal(PostgresConnectionDefaults.MaxAutoPrepare, settings.MaxAutoPrepare);
    }

    [Fact]
    public async Task The_migrations_describe_the_whole_model()
    {
        // Branches that each add a migration merge their model snapshots as text: this says when the result is wrong.
        Assert.False(await fixture.App.WithDbAsync(db => Task.FromResult(db.Database.HasPendingModelChanges())),
            "The model has changes no migration describes: run scripts/add-migration.sh NAME.");
    }

    [Fact]
    public async Task A_pooled_context_starts_clean_in_the_next_request()
    {
        VerbindingDbContext first;
        await using (var scope = fixture.App.Services.CreateAsyncScope())
        {
            first = scope.ServiceProvider.GetRequiredService<VerbindingDbContext>();
            // What the audit writer and the aangifte submit change on their context.
            first.Database.AutoSavepointsEnabled = false;
            first.ChangeTracker.AutoDetectChangesEnabled = false;
            first.Add(new Microsoft.AspNetCore.DataProtection.EntityFrameworkCore.DataProtectionKey { FriendlyName = "left over", Xml = "<key/>" });
        }
        // The pool hands contexts out first in, first out, and background jobs lease them too: ask until it comes back.
        for (var attempt = 0; attempt < 200; attempt++)
        {
            await using var scope = fixture.App.Services.CreateAsyncScope();
            var next = scope.ServiceProvider.GetRequiredService<VerbindingDbContext>();
            if (ReferenceEquals(first, next))
            {
                Assert.True(next.Database.AutoSavepointsEnabled);
                Assert.True(next.ChangeTracker.AutoDetectChangesEnabled);
                Assert.Empty(next.ChangeTracker.Entries());
                Assert.Null(next.Database.CurrentTransaction);
                return;
            }
        }
        Assert.Fail("The context never came back from the pool: contexts are not pooled.");
    }
}
