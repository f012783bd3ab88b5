using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Verbinding.Web.Features.Organisation;
using Verbinding.Web.Infrastructure.Data;

namespace Verbinding.Web.Tests.Organisation;

public sealed class ReferenceDataSeederTests : IAsyncLifetime
{
    // Kept open for the whole test: an in-memory SQLite database lives as long as its connection.
    private readonly SqliteConnection _connection = new("Data Source=:memory:");
    private static ReferenceData Data => ShippedReferenceData.Value;
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        await _connection.OpenAsync();
        await using var db = CreateDb();
        // EnsureCreated only here, for a throw-away database; the application uses migrations.
        await db.Database.EnsureCreatedAsync();
    }

    public async ValueTask DisposeAsync() => await _connection.DisposeAsync();

    private SqliteVerbindingDbContext CreateDb() =>
        new(new DbContextOptionsBuilder<SqliteVerbindingDbContext>().UseSqlite(_connection).Options);

    private async Task<ReferenceSeedResult> SeedAsync(ReferenceData data)
    {
        await using var db = CreateDb();
        return await new ReferenceDataSeeder(data).SeedAsync(db, Ct);
    }

    [Fact]
    public async Task First_run_fills_every_table()
    {
        var result = await SeedAsync(Data);

        await using var db = CreateDb();
        Assert.Equal(11, await db.Set<Eenheid>().CountAsync(Ct));
        Assert.Equal(342, await db.Set<Municipality>().CountAsync(Ct));
        Assert.Equal(Data.Basisteams.Count, await db.Set<Basisteam>().CountAsync(Ct));
        Assert.Equal(Data.Bureaus.Count, await db.Set<Bureau>().CountAsync(Ct));
        Assert.Equal(11 + 342 + Data.Basisteams.Count + Data.Bureaus.Count, result.Added);
    }

    [Fact]
    public async Task Second_run_changes_nothing()
    {
        await SeedAsync(Data);

        var second = await SeedAsync(Data);

        Assert.False(second.ChangedAnything, second.ToString());
    }

    [Fact]
    public async Task Changed_file_updates_the_row_and_removed_record_removes_it()
    {
        await SeedAsync(Data);
        var bureau = Data.Bureaus[0];
        var changed = Data with
        {
            Bureaus = [bureau with { OpeningHours = bureau.OpeningHours with { Sun = null }, AppointmentOnly = true }, .. Data.Bureaus.Skip(2)],
            Eenheden = [.. Data.Eenheden.Select(e => e.Id == "limburg" ? e with { Website = "https://www.politie.nl/limburg" } : e)],
        };

        var result = await SeedAsync(changed);

        Assert.Equal(new ReferenceSeedResult(0, 2, 1), result);
        await using var db = CreateDb();
        var stored = await db.Set<Bureau>().SingleAsync(b => b.Id == bureau.Id, Ct);
        Assert.Null(stored.OpeningHours.Sun);
        Assert.True(stored.AppointmentOnly);
        Assert.False(await db.Set<Bureau>().AnyAsync(b => b.Id == Data.Bureaus[1].Id, Ct));
        Assert.Equal(["Limburg"], (await db.Set<Eenheid>().SingleAsync(e => e.Id == "limburg", Ct)).Provinces);
    }

    [Fact]
    public async Task Merging_two_basisteams_moves_municipalities_and_bureaus_and_removes_the_old_team()
    {
        await SeedAsync(Data);
        // Fold "amstelveen" into "amstelland-oost": a realistic file change that must respect the foreign keys.
        var merged = Data with
        {
            Basisteams = [.. Data.Basisteams.Where(b => b.Id != "amstelveen")
                .Select(b => b.Id == "amstelland-oost" ? b with { Municipalities = [.. b.Municipalities, "GM0362"] } : b)],
            Municipalities = [.. Data.Municipalities.Select(m => m.Code == "GM0362" ? m with { Basisteam = "amstelland-oost" } : m)],
            Bureaus = [.. Data.Bureaus.Select(b => b.Basisteam == "amstelveen" ? b with { Basisteam = "amstelland-oost" } : b)],
        };
        Assert.Empty(ReferenceDataValidator.Validate(merged));

        var result = await SeedAsync(merged);

        Assert.Equal(1, result.Removed);
        await using var db = CreateDb();
        Assert.False(await db.Set<Basisteam>().AnyAsync(b => b.Id == "amstelveen", Ct));
        Assert.Equal("amstelland-oost", (await db.Set<Municipality>().SingleAsync(m => m.Code == "GM0362", Ct)).BasisteamId);
    }

    [Fact]
    public async Task Municipality_is_found_by_normalized_name_in_the_database()
    {
        await SeedAsync(Data);
        var key = MunicipalityNames.Normalize("S-GRAVENHAGE");

        await using var db = CreateDb();
        var found = await db.Set<Municipality>().AsNoTracking().SingleAsync(m => m.NormalizedName == key, Ct);

        Assert.Equal("GM0518", found.Code);
        Assert.Equal("den-haag", found.EenheidId);
    }
}
