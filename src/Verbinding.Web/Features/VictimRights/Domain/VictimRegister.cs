using Verbinding.VictimRights;

namespace Verbinding.Web.Features.VictimRights;

/// <summary>
/// The rights register of one victim in one case (aangifte): who they are as the rules see them, their own choices,
/// and the obligations that follow. One register per victim per aangifte.
/// </summary>
public sealed class VictimRegister
{
    public Guid Id { get; set; }

    public Guid AangifteId { get; set; }

    public required string CitizenBsn { get; set; }

    public required string EenheidId { get; set; }

    public required string OffenceId { get; set; }

    public DateTimeOffset FiledAt { get; set; }

    public int? Age { get; set; }

    public bool Vulnerable { get; set; }

    public VictimRelation Relation { get; set; }

    /// <summary>The language the victim wants to be spoken to in; anything but "nl" means an interpreter.</summary>
    public required string Language { get; set; }

    public bool KeepInformed { get; set; }

    /// <summary>Null: not asked, the referral setting decides.</summary>
    public bool? Slachtofferhulp { get; set; }

    public bool Compensation { get; set; }

    public bool ReleaseInformation { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    public List<VictimObligation> Obligations { get; set; } = [];

    public List<VictimRightsChange> Changes { get; set; } = [];

    public VictimChoices Choices => new(KeepInformed, Slachtofferhulp, Compensation, ReleaseInformation);

    public Victim ToVictim() => new(Age, Language, Vulnerable, Relation, Choices);
}
