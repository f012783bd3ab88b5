namespace Verbinding.Browser.Tests;

/// <summary>
/// Every page a citizen can open without signing in. Accessibility runs on each, in both languages.
/// <see cref="Accessibility.PublicPageListTests"/> fails when a new anonymous page is missing here.
/// </summary>
public static class PublicPages
{
    public static readonly IReadOnlyList<string> All =
    [
        "/",
        "/hulp",
        "/privacy",
        "/toegankelijkheid",
        "/wat-kan-ik-doen",
        "/hulp/overdracht?partner=slachtofferhulp",
        "/hulp/overdracht?partner=fraudehelpdesk",
        "/chat",
        "/medewerker/inloggen",
        "/inloggen/mislukt",
        "/melding",
        "/melding/volgen",
        "/melding/bevestiging",
        "/aangifte",
        "/aangifte/nieuw?type=fietsendiefstal",
        "/aangifte/nieuw?type=inbraak",
        "/verify",
        "/afspraak",
        "/afspraak?Bureau=utrecht-centrum",
        "/afspraak?Soort=thuis",
        "/afspraak?Soort=thuis&Gemeente=Breda",
        "/afspraak?Soort=thuis&Gemeente=Utrecht",
        "/afspraak/bevestiging",
        "/terugbellen",
        "/zaak",
    ];

    /// <summary>Anonymous endpoints that are not pages of their own: each only redirects or needs a prior step.</summary>
    public static readonly IReadOnlyDictionary<string, string> NotStandalone = new Dictionary<string, string>
    {
        ["/inloggen"] = "starts the DigiD sign-in: a redirect, no content",
        ["/uitloggen"] = "sign-out: POST only, then a redirect",
        ["/medewerker/uitloggen"] = "sign-out: POST only, then a redirect",
        ["/medewerker/inloggen/code"] = "needs a password step first; otherwise redirects to /medewerker/inloggen",
        ["/medewerker/geen-toegang"] = "answers 403 by design; same layout as the checked pages",
        ["/melding/nieuw"] = "deep link: redirects to /melding with the category chosen",
        ["/aangifte/nieuw"] = "needs ?type=...; without it redirects to /aangifte (listed above with a type)",
        ["/hulp/overdracht"] = "needs ?partner=...; without it redirects to /hulp (listed above with a warm and a non-warm partner)",
        ["/digid-sim/login"] = "development-only DigiD simulator; needs an OIDC authorization request",
        ["/dev/whatsapp"] = "development-only WhatsApp simulator (404 unless the channel runs in Development or tests)",
    };

    /// <summary>Anonymous pages with a route parameter (not in <see cref="All"/>); each has its own axe test.</summary>
    public static readonly IReadOnlyDictionary<string, string> WithParameters = new Dictionary<string, string>
    {
        ["/tevredenheid/{token}"] = "survey page: needs a fresh invitation token; checked by Monitor.SurveyPageAxeTests",
        ["/afspraak/beheren/{token}"] = "manage link from the e-mail: needs a booked appointment; checked by Appointments.AppointmentPagesAxeTests",
        ["/verwijzing/{token}"] = "the citizen's referral status link: needs a warm handover; checked by Referrals.ReferralPagesAxeTests",
        ["/partner/verwijzing/{token}"] = "a partner's single-use step link: needs a warm handover; checked by Referrals.ReferralPagesAxeTests",
    };

    public static readonly IReadOnlyList<string> Languages = ["nl", "en"];
}

public static class PageUrls
{
    /// <summary>The page in a language: appends culture to the query, whether or not the path has one.</summary>
    public static string InLanguage(string path, string language) =>
        $"{path}{(path.Contains('?', StringComparison.Ordinal) ? '&' : '?')}culture={language}";
}
