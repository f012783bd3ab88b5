using System.Data.Common;
using System.Net;
using Microsoft.Data.Sqlite;
using Npgsql;
using Verbinding.Web.Tests.Infrastructure;
using Verbinding.Web.Tests.Meldingen;

namespace Verbinding.Web.Tests.Platform;

/// <summary>A long read (a report, an export, a backup) must not hold up a citizen's submission.</summary>
public sealed class ConcurrentAccessTests
{
    [Fact]
    public async Task A_melding_is_saved_while_another_connection_is_in_the_middle_of_reading()
    {
        await using var app = await VerbindingApplication.StartAsync();
        await using DbConnection reader = app.Database.IsPostgres
            ? new NpgsqlConnection(app.Database.ConnectionString)
            : new SqliteConnection(app.Database.ConnectionString);
        await reader.OpenAsync();
        // A read transaction that has read something: in SQLite's old rollback-journal mode this shared lock kept every
        // writer from committing until it timed out ("database is locked" after 30 s).
        await using var transaction = reader is SqliteConnection sqlite ? sqlite.BeginTransaction(deferred: true) : await reader.BeginTransactionAsync();
        await using (var read = reader.CreateCommand())
        {
            read.Transaction = transaction;
            read.CommandText = "SELECT COUNT(*) FROM \"Eenheden\"";
            Assert.NotEqual(0L, Convert.ToInt64(await read.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture));
        }

        using var client = app.CreateClient();
        client.Timeout = TimeSpan.FromSeconds(20);
        using var response = await client.PostMeldingAsync(MeldingenApp.Melding(), "concurrent-read-1");

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        await transaction.RollbackAsync();
    }
}
