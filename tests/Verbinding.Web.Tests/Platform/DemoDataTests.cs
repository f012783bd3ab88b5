using Microsoft.EntityFrameworkCore;
using Verbinding.Web.Features.Conversations;
using Verbinding.Web.Features.Meldingen;
using Verbinding.Web.Features.Staff;
using Verbinding.Web.Tests.Infrastructure;

namespace Verbinding.Web.Tests.Platform;

public sealed class DemoDataTests
{
    [Fact]
    public async Task Demo_data_gives_a_newcomer_staff_for_every_role_a_bundle_of_meldingen_and_a_waiting_chat()
    {
        await using var app = await VerbindingApplication.StartAsync(s => s["Database:SeedDemoData"] = "true");

        var roles = await app.WithDbAsync(db => db.Roles.Where(r => db.UserRoles.Any(ur => ur.RoleId == r.Id)).Select(r => r.Name!).ToListAsync());
        Assert.Equal(StaffRoles.All.Order(), roles.Order());
        Assert.True(await app.WithDbAsync(db => db.Set<Melding>().CountAsync()) >= 5);
        Assert.True(await app.WithDbAsync(db => db.Set<Melding>().GroupBy(m => m.BundleId).AnyAsync(g => g.Count() >= 3)));
        Assert.True(await app.WithDbAsync(db => db.Set<Conversation>().AnyAsync(c => c.State == ConversationStates.Waiting)));
    }

    [Fact]
    public async Task Seeding_twice_adds_nothing_the_second_time()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using (await VerbindingApplication.StartAsync(s => s["Database:SeedDemoData"] = "true", database))
        {
        }
        await using var again = await VerbindingApplication.StartAsync(s => s["Database:SeedDemoData"] = "true", database);
        Assert.Equal(5, await again.WithDbAsync(db => db.Set<Melding>().CountAsync()));
        Assert.Equal(7, await again.WithDbAsync(db => db.Users.CountAsync()));
    }
}
