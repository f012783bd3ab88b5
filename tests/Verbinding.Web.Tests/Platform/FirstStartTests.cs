using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Verbinding.Web.Features.Organisation;
using Verbinding.Web.Tests.Infrastructure;

namespace Verbinding.Web.Tests.Platform;

/// <summary>An operator's first start: the database does not exist yet.</summary>
public sealed class FirstStartTests
{
    [Fact]
    public async Task A_first_start_creates_and_fills_the_database_without_logging_an_error()
    {
        var logs = new CollectingLoggerProvider();
        await using var database = TestDatabase.NotCreatedYet();
        // The test settings silence EF Core below Critical; an operator's node logs its warnings and errors.
        await using var app = await VerbindingApplication.StartAsync(s => s["Logging:LogLevel:Microsoft.EntityFrameworkCore"] = "Warning", database,
            services: s => s.AddSingleton<ILoggerProvider>(logs));
        using var client = app.CreateClient();

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/ready")).StatusCode);
        Assert.True(await app.WithDbAsync(db => db.Set<Eenheid>().AnyAsync()));
        // EF Core used to find the missing database and history table by failing, logged as errors.
        Assert.DoesNotContain(logs.Entries, l => l.Level >= LogLevel.Error);
    }
}
