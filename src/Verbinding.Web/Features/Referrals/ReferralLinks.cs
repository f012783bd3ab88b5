namespace Verbinding.Web.Features.Referrals;

/// <summary>The consent page's address for each entry point: Wout, the decision aid, an aangifte, the staff workspace.</summary>
public static class ReferralLinks
{
    public const string Conversation = "gesprek";
    public const string DecisionAid = "keuzehulp";
    public const string Aangifte = "aangifte";
    public const string Melding = "melding";

    public static string Consent(string partnerId, string source, string? sourceId = null) =>
        $"/hulp/overdracht?partner={Uri.EscapeDataString(partnerId)}&bron={source}"
        + (sourceId is null ? "" : "&ref=" + Uri.EscapeDataString(sourceId));
}
