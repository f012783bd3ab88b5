namespace Verbinding.Triage.Evaluation;

/// <summary>Names of the answers rules may test; also the JSON property names of the public API.</summary>
public static class AnswerNames
{
    public const string HappeningNow = "happeningNow";
    public const string Danger = "danger";
    public const string SuspectKnown = "suspectKnown";
    public const string Violence = "violence";
    public const string InHome = "inHome";
    public const string PoliceAttended = "policeAttended";
    public const string TracesOrCamera = "tracesOrCamera";
    public const string IdDocumentStolen = "idDocumentStolen";

    /// <summary>Internet fraud: the seller still answers or delivered part of the goods (often breach of contract).</summary>
    public const string SellerResponds = "sellerResponds";
    public const string Vulnerable = "vulnerable";

    /// <summary>A number, not yes/no: rules test it with ageBelow / ageAtLeast.</summary>
    public const string Age = "age";

    public static readonly IReadOnlyList<string> YesNo =
    [
        HappeningNow, Danger, SuspectKnown, Violence, InHome, PoliceAttended, TracesOrCamera, IdDocumentStolen, SellerResponds, Vulnerable,
    ];

    /// <summary>Answers that make a situation urgent: any "yes" puts 112 first, whatever the policy says.</summary>
    public static readonly IReadOnlyList<string> Urgent = [HappeningNow, Danger];
}
