namespace Verbinding.Web.Features.Referrals;

/// <summary>The data items a citizen can choose to pass to a partner, in the order the consent page shows them.</summary>
public static class ConsentItems
{
    public const string Name = "name";
    public const string Phone = "phone";
    public const string Email = "email";
    public const string Address = "address";
    public const string Situation = "situation";
    public const string CaseReference = "caseReference";

    public static readonly IReadOnlyList<string> All = [Name, Phone, Email, Address, Situation, CaseReference];

    /// <summary>Longest value accepted per item (the situation is a short description, not a statement).</summary>
    public static int MaxLength(string item) => item switch
    {
        Situation => 1000,
        Address => 200,
        _ => 100,
    };
}
