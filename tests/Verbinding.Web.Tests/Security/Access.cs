using Verbinding.Web.Features.Staff;

namespace Verbinding.Web.Tests.Security;

/// <summary>An expected-access rule: a name for the report and which principals it lets through.</summary>
public sealed record Access(string Name, Func<Principal, bool> Allows)
{
    public override string ToString() => Name;

    /// <summary>Everybody, signed in or not.</summary>
    public static readonly Access Public = new("public", _ => true);

    /// <summary>A citizen signed in with DigiD (either one).</summary>
    public static readonly Access Citizen = new("citizen", p => p.IsCitizen());

    /// <summary>
    /// A record of citizen A behind a capability (conversation token, tracking code, survey link):
    /// only A holds it; B presents B's own, everyone else none.
    /// </summary>
    public static readonly Access CitizenOwn = new("citizen-own", p => p == Principal.CitizenA);

    /// <summary>Any staff session that passed two-factor authentication.</summary>
    public static readonly Access Staff = new("staff", p => p.IsStaffSession());

    /// <summary>Staff sessions with one of the roles; the page filters by unit itself (lists).</summary>
    public static Access StaffWithRoles(params string[] roles) =>
        new($"staff:{string.Join('|', roles)}", p => p.IsStaffSession() && roles.Contains(p.Staff()!.Value.Role));

    /// <summary>One record of unit X: staff sessions with one of the roles, of unit X or national. Unit Y gets 404.</summary>
    public static Access StaffUnitScoped(params string[] roles) =>
        new($"staff-unit-scoped:{string.Join('|', roles)}", p => StaffWithRoles(roles).Allows(p) && p.MaySeeUnitX());

    /// <summary>An API for tokens with <paramref name="scope"/> or staff sessions, either with one of the roles.</summary>
    public static Access Token(string scope, params string[] roles) =>
        new($"token:{scope}:{string.Join('|', roles)}", p =>
            (p.IsStaffSession() || p == Principal.TokenWithScope) && roles.Contains(p.Staff()!.Value.Role));

    /// <summary>As <see cref="Token"/>, but only for national roles (403 for unit-scoped ones).</summary>
    public static Access TokenNational(string scope, params string[] roles) =>
        new($"token-national:{scope}:{string.Join('|', roles)}", p => Token(scope, roles).Allows(p) && p.Staff()!.Value.National);

    public static readonly string[] Supervision = [Features.Staff.StaffRoles.Supervisor, Features.Staff.StaffRoles.Administrator];
}
