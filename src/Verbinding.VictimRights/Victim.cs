namespace Verbinding.VictimRights;

public enum VictimRelation
{
    /// <summary>The person against whom the offence was committed (Sv art. 51a lid 1 sub a).</summary>
    Self,

    /// <summary>A relative of someone who died as a direct result of the offence (nabestaande, Sv art. 51a lid 1 sub b).</summary>
    SurvivingRelative,
}

/// <summary>
/// The victim as the rules see them. <paramref name="Language"/> is the language they want to be spoken to in
/// ("nl", "en", ...): anything but Dutch means a free interpreter and translation (Sv art. 51ca).
/// </summary>
/// <param name="Vulnerable">Outcome of the individual assessment: specific protection needs.</param>
/// <param name="CopyDecidedForSexualOffence">For a sexual offence a copy of the aangifte is only given after a decision to do so.</param>
public sealed record Victim(
    int? Age,
    string Language,
    bool Vulnerable,
    VictimRelation Relation,
    VictimChoices Choices,
    bool CopyDecidedForSexualOffence = false)
{
    public const int AgeOfMajority = 18;

    /// <summary>Under 13 the police always involves the parents (domain brief: online aangifte).</summary>
    public const int ParentsAlwaysInvolvedBelow = 13;

    public bool IsMinor => Age < AgeOfMajority;

    public bool SpeaksDutch => string.Equals(Language, Languages.Dutch, StringComparison.OrdinalIgnoreCase);

    /// <summary>Children are presumed to have specific protection needs (Richtlijn 2012/29/EU art. 22 lid 4).</summary>
    public bool NeedsProtection => Vulnerable || IsMinor;
}

/// <summary>
/// The victim's own choices, asked at the aangifte and changeable later. <see cref="Slachtofferhulp"/> is null when
/// it was not asked: then the referral setting (opt-in or opt-out) decides.
/// </summary>
public sealed record VictimChoices(
    bool KeepInformed,
    bool? Slachtofferhulp,
    bool Compensation,
    bool ReleaseInformation)
{
    public static VictimChoices None { get; } = new(false, null, false, false);
}

public static class Languages
{
    public const string Dutch = "nl";

    /// <summary>The written statement of rights exists in these languages; others get language assistance.</summary>
    public static readonly IReadOnlySet<string> StatementAvailable = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "nl", "en", "fr", "de" };
}
