using Microsoft.EntityFrameworkCore;
using Verbinding.Web.Features.Staff;
using Verbinding.Web.Tests.Infrastructure;

namespace Verbinding.Web.Tests.Platform;

public sealed class PersistenceTests
{
    [Fact]
    public async Task Data_survives_a_restart_of_the_application()
    {
        await using var database = await TestDatabase.CreateAsync();
        string email;
        await using (var first = await VerbindingApplication.StartAsync(database: database))
        {
            email = (await first.CreateStaffAsync(StaffRoles.Intake)).Email!;
        }
        await using var second = await VerbindingApplication.StartAsync(database: database);
        Assert.True(await second.WithDbAsync(db => db.Users.AnyAsync(u => u.Email == email)));
        Assert.Empty(await second.WithDbAsync(db => db.Database.GetPendingMigrationsAsync()));
    }
}
