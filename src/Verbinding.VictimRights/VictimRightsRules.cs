using Verbinding.Calendar;

namespace Verbinding.VictimRights;

/// <summary>
/// Which rights apply to one victim of one offence, each as an obligation with a due date. Pure: the same input
/// always gives the same list, in a fixed order. Sources per right are in <see cref="RightCatalog"/> and
/// docs/victim-rights.md; anything the law leaves to policy is a <see cref="VictimRightsPolicy"/> setting.
/// </summary>
public static class VictimRightsRules
{
    public static IReadOnlyList<Obligation> Derive(
        Offence offence, Victim victim, DateTimeOffset filedAt, WorkingCalendar calendar, VictimRightsPolicy? policy = null)
    {
        policy ??= VictimRightsPolicy.Default;
        var firstContact = calendar.AddWorkingDays(filedAt, policy.FirstContactWorkingDays);
        var information = calendar.AddCalendarDays(filedAt, policy.InformationDays);
        var referral = calendar.AddWorkingDays(filedAt, policy.ReferralWorkingDays);
        var choices = victim.Choices;
        var list = new List<Obligation>();
        void Add(string id, DateTimeOffset due, ObligationOwner owner) => list.Add(new Obligation(id, due, owner));

        // Every victim, every aangifte.
        Add(RightIds.StatementOfRights, filedAt, ObligationOwner.Intake);
        Add(RightIds.IndividualAssessment, firstContact, ObligationOwner.Intake);

        if (choices.KeepInformed)
        {
            Add(RightIds.CaseInformation, information, ObligationOwner.CaseHandler);
        }
        if (!victim.SpeaksDutch)
        {
            Add(RightIds.Interpreter, firstContact, ObligationOwner.Intake);
        }
        // A copy of the aangifte, but not automatically for a sexual offence (domain brief; Aanwijzing slachtofferrechten).
        if (!offence.Sexual || victim.CopyDecidedForSexualOffence)
        {
            Add(RightIds.CopyOfAangifte, firstContact, ObligationOwner.Intake);
        }
        if (choices.Slachtofferhulp ?? policy.SlachtofferhulpReferral == ReferralMode.OptOut)
        {
            Add(RightIds.SlachtofferhulpReferral, referral, ObligationOwner.ServiceCentre);
        }
        if (choices.Compensation)
        {
            Add(RightIds.Compensation, firstContact, ObligationOwner.CaseHandler);
        }
        if (offence.Violent || offence.Sexual)
        {
            Add(RightIds.Schadefonds, information, ObligationOwner.Intake);
        }
        if (choices.ReleaseInformation && offence.IsSerious)
        {
            Add(RightIds.ReleaseInformation, firstContact, ObligationOwner.CaseHandler);
        }
        if (offence.QualifiesForSpreekrecht)
        {
            Add(RightIds.Spreekrecht, information, ObligationOwner.CaseHandler);
        }
        // Referrals that cannot wait: acute sexual violence (first 7 days) and domestic violence.
        if (offence.Sexual)
        {
            Add(RightIds.CentrumSeksueelGeweld, filedAt, ObligationOwner.Intake);
        }
        if (offence.Domestic)
        {
            Add(RightIds.VeiligThuis, filedAt, ObligationOwner.Intake);
        }
        if (victim.Age < Victim.ParentsAlwaysInvolvedBelow)
        {
            Add(RightIds.ParentsInvolved, firstContact, ObligationOwner.Intake);
        }
        AddProtection(offence, victim, firstContact, Add);
        return list;
    }

    /// <summary>
    /// The outcome of the individual assessment drives the measures (Richtlijn 2012/29/EU art. 22-23): every victim
    /// with protection needs keeps their address out of the documents and gets priority contact; when the suspect may
    /// seek them out, also a different address (domicilie) and an aangifte under a number.
    /// </summary>
    private static void AddProtection(Offence offence, Victim victim, DateTimeOffset due, Action<string, DateTimeOffset, ObligationOwner> add)
    {
        if (!victim.NeedsProtection)
        {
            return;
        }
        add(RightIds.AddressOutOfDocuments, due, ObligationOwner.Intake);
        add(RightIds.PriorityContact, due, ObligationOwner.Intake);
        if (offence.ProtectionRisk)
        {
            add(RightIds.AlternativeAddress, due, ObligationOwner.Intake);
            add(RightIds.AangifteUnderNumber, due, ObligationOwner.Intake);
        }
    }
}
