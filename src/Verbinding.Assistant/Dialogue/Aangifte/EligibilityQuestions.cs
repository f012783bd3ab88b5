namespace Verbinding.Assistant.Dialogue.Aangifte;

/// <summary>Ids of the eligibility questions; also the keys in <see cref="DialogueState.Answers"/>.</summary>
public static class EligibilityQuestions
{
    public const string HappeningNow = "happening-now";
    public const string SuspectKnown = "suspect-known";
    public const string Violence = "violence";
    public const string InsideHome = "inside-home";
    public const string PoliceAttended = "police-attended";
    public const string IdDocumentsStolen = "id-documents-stolen";

    /// <summary>Internet fraud only: a seller who still answers usually means breach of contract, not fraud.</summary>
    public const string SellerResponds = "seller-responds";

    public static readonly IReadOnlyList<string> All =
        [HappeningNow, SuspectKnown, Violence, InsideHome, PoliceAttended, IdDocumentsStolen, SellerResponds];
}
