using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Verbinding.Web.Infrastructure.Data;

namespace Verbinding.Web.Features.Staff;

/// <summary>
/// Development-only demo accounts: one per role, so a newcomer can try every part of the system.
/// The shared password is printed in the README; it never exists outside Development.
/// </summary>
internal sealed class DemoStaffSeeder(UserManager<StaffUser> users) : IDatabaseSeeder
{
    public const string Password = "Verbinding-demo-2026!";

    public static readonly IReadOnlyList<(string Email, string Name, string Role, string Eenheid, bool National)> Accounts =
    [
        ("servicecentrum@demo.politie.local", "Sanne de Vries", StaffRoles.ServiceAgent, "midden-nederland", false),
        ("intake@demo.politie.local", "Youssef El Amrani", StaffRoles.Intake, "midden-nederland", false),
        ("wijkagent@demo.politie.local", "Pieter Bakker", StaffRoles.Wijkagent, "midden-nederland", false),
        ("teamleider@demo.politie.local", "Fatima Yilmaz", StaffRoles.Supervisor, "midden-nederland", false),
        ("teamleider.rotterdam@demo.politie.local", "Kees Jansen", StaffRoles.Supervisor, "rotterdam", false),
        ("analist@demo.politie.local", "Lotte Visser", StaffRoles.Analyst, "landelijke-eenheid", true),
        ("beheer@demo.politie.local", "Ahmed Bouzid", StaffRoles.Administrator, "landelijke-eenheid", true),
    ];

    public int Order => 100;

    public async Task SeedAsync(VerbindingDbContext db, CancellationToken ct)
    {
        foreach (var (email, name, role, eenheid, national) in Accounts)
        {
            if (await db.Users.AnyAsync(u => u.NormalizedEmail == email.ToUpperInvariant(), ct))
            {
                continue;
            }
            var user = new StaffUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = name, EenheidId = eenheid, NationalScope = national };
            Check(await users.CreateAsync(user, Password));
            Check(await users.AddToRoleAsync(user, role));
        }
    }

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException("Demo staff seeding failed: " + string.Join("; ", result.Errors.Select(e => e.Description)));
        }
    }
}

/// <summary>Roles exist in every environment; accounts are created by administrators.</summary>
internal sealed class StaffRoleSeeder(RoleManager<IdentityRole> roles) : IDatabaseSeeder
{
    public int Order => 10;

    public async Task SeedAsync(VerbindingDbContext db, CancellationToken ct)
    {
        foreach (var role in StaffRoles.All)
        {
            if (!await roles.RoleExistsAsync(role))
            {
                await roles.CreateAsync(new IdentityRole(role));
            }
        }
    }
}
