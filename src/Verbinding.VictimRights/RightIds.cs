namespace Verbinding.VictimRights;

/// <summary>Stable ids of the rights: stored in the register and used in URLs and tests. Never rename one.</summary>
public static class RightIds
{
    public const string StatementOfRights = "statement-of-rights";
    public const string IndividualAssessment = "individual-assessment";
    public const string CaseInformation = "case-information";
    public const string Interpreter = "interpreter";
    public const string CopyOfAangifte = "copy-of-aangifte";
    public const string SlachtofferhulpReferral = "slachtofferhulp-referral";
    public const string Compensation = "compensation";
    public const string Schadefonds = "schadefonds";
    public const string ReleaseInformation = "release-information";
    public const string Spreekrecht = "spreekrecht";
    public const string CentrumSeksueelGeweld = "centrum-seksueel-geweld";
    public const string VeiligThuis = "veilig-thuis";
    public const string ParentsInvolved = "parents-involved";
    public const string AlternativeAddress = "alternative-address";
    public const string AangifteUnderNumber = "aangifte-under-number";
    public const string AddressOutOfDocuments = "address-out-of-documents";
    public const string PriorityContact = "priority-contact";
}

/// <summary>Who carries an obligation: intake at the front office, the case handler (opsporing), or the service centre (RSC).</summary>
public enum ObligationOwner
{
    Intake,
    CaseHandler,
    ServiceCentre,
}

/// <summary>One thing the police owes this victim, and by when.</summary>
public sealed record Obligation(string RightId, DateTimeOffset Due, ObligationOwner Owner)
{
    public RightDefinition Definition => RightCatalog.Get(RightId);
}
