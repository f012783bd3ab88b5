namespace Verbinding.Web.Features.Citizens.DigidSimulator;

public sealed record DemoCitizen(string Bsn, string Name);

/// <summary>
/// People a tester can sign in as. The BSNs come from the 9999xxxxx range the Dutch government keeps for
/// testing; each passes the elfproef, so they behave like real numbers without belonging to anyone.
/// </summary>
public static class DemoCitizens
{
    public static IReadOnlyList<DemoCitizen> All { get; } =
    [
        new("999990019", "Jan Jansen"),
        new("999991772", "Fatima El Amrani"),
        new("999993653", "Sanne de Vries"),
        new("999990032", "Kees Bakker"),
    ];
}
