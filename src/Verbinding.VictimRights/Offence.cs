namespace Verbinding.VictimRights;

/// <summary>
/// What the rules need to know about an offence. Kept as data (reference/victim-rights/offences.json) because maximum
/// sentences and the spreekrecht list change with the law; the rules only read these facts.
/// </summary>
/// <param name="MaxSentenceYears">Maximum prison sentence in the legal definition (Wetboek van Strafrecht).</param>
/// <param name="SpreekrechtListed">Named in the list of Sv art. 51e lid 1 although below eight years (e.g. threat, stalking).</param>
/// <param name="ProtectionRisk">The suspect may seek out the victim (domestic violence, sexual offence, threat, stalking).</param>
public sealed record Offence(
    string Id,
    int MaxSentenceYears,
    bool Sexual = false,
    bool Violent = false,
    bool Domestic = false,
    bool SpreekrechtListed = false,
    bool ProtectionRisk = false)
{
    /// <summary>
    /// Sv art. 51e lid 1: spreekrecht for crimes with a maximum of eight years or more and for the listed crimes.
    /// </summary>
    public bool QualifiesForSpreekrecht => MaxSentenceYears >= 8 || SpreekrechtListed;

    /// <summary>Release information is offered for serious offences: violence, sexual offences, or spreekrecht crimes.</summary>
    public bool IsSerious => Violent || Sexual || QualifiesForSpreekrecht;
}
