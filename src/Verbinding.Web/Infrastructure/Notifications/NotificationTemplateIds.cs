namespace Verbinding.Web.Infrastructure.Notifications;

/// <summary>The templates a feature can send, each with the placeholders its model must fill (no more, no less).</summary>
public static class NotificationTemplateIds
{
    public const string AangifteOntvangen = "aangifte-ontvangen";
    public const string AangifteStatus = "aangifte-status";
    public const string MeldingTerugkoppeling = "melding-terugkoppeling";
    public const string BerichtOntvangen = "bericht-ontvangen";
    public const string EnqueteUitnodiging = "enquete-uitnodiging";
    public const string AfspraakBevestigd = "afspraak-bevestigd";
    public const string AfspraakGeannuleerd = "afspraak-geannuleerd";
    public const string AfspraakHerinnering = "afspraak-herinnering";
    public const string VerwijzingPartner = "verwijzing-partner";
    public const string VerwijzingPartnerVervolg = "verwijzing-partner-vervolg";
    public const string VerwijzingBurger = "verwijzing-burger";

    /// <summary>The citizen hears that a referral changed: the partner's name, what the step means, and the status link.</summary>
    public const string VerwijzingAangenomen = "verwijzing-aangenomen";
    public const string VerwijzingContact = "verwijzing-contact";
    public const string VerwijzingAfgewezen = "verwijzing-afgewezen";
    public const string VerwijzingIngetrokken = "verwijzing-ingetrokken";

    /// <summary>To the partner: the citizen withdrew consent; the reference only, with the request to delete what they received.</summary>
    public const string VerwijzingPartnerIngetrokken = "verwijzing-partner-ingetrokken";

    /// <summary>A message of an e-mail conversation; composed from the transcript by the e-mail channel, not from these texts.</summary>
    public const string GesprekEmail = "gesprek-email";
    public const string ZaakToegang = "zaak-toegang";

    /// <summary>A case's status changed: the case number and a link (Mijn zaken or /zaak), never the status or the matter.</summary>
    public const string ZaakStatus = "zaak-status";

    /// <summary>Templates whose model holds a secret (an access code): the model is erased as soon as the message is sent.</summary>
    public static readonly IReadOnlyList<string> SecretModels = [ZaakToegang];

    /// <summary>Placeholder holding a link; every template has one, because the details are behind it.</summary>
    public const string Link = "link";

    /// <summary>Placeholder holding a partner organisation's name; only names from the partner directory pass the guard.</summary>
    public const string Partner = "partner";

    public static readonly IReadOnlyDictionary<string, IReadOnlyList<string>> Placeholders = new Dictionary<string, IReadOnlyList<string>>
    {
        [AangifteOntvangen] = ["receiptNumber", Link],
        [AangifteStatus] = [Link],
        [MeldingTerugkoppeling] = ["reference", Link],
        [BerichtOntvangen] = [Link],
        [EnqueteUitnodiging] = [Link],
        // Date "1-12-2026" and time "10.30" are written so they pass as references: no names, no addresses.
        [AfspraakBevestigd] = ["reference", "date", "time", Link],
        [AfspraakGeannuleerd] = ["reference", "date", "time", Link],
        [AfspraakHerinnering] = ["reference", "date", "time", Link],
        [GesprekEmail] = ["conversation", "message", Link],
        // Warm handover: the consented items are added by the partner channel at send time, never stored in the model.
        [VerwijzingPartner] = ["reference", Link],
        [VerwijzingPartnerVervolg] = ["reference", Link],
        [VerwijzingBurger] = ["reference", Link],
        [VerwijzingAangenomen] = ["reference", Partner, Link],
        [VerwijzingContact] = ["reference", Partner, Link],
        [VerwijzingAfgewezen] = ["reference", Partner, Link],
        [VerwijzingIngetrokken] = ["reference", Partner, Link],
        // The link is the public page on how a partner handles referrals; the partner's own step links stop working.
        [VerwijzingPartnerIngetrokken] = ["reference", Link],
        // The access code is the only secret a notification may hold: without the case number it opens nothing.
        [ZaakToegang] = ["caseNumber", "code", Link],
        [ZaakStatus] = ["caseNumber", Link],
    };
}
