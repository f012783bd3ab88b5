namespace Verbinding.Assistant.Topics;

/// <summary>
/// Wout's topic ids: the contract in shared/design/assistant-topics.md, used by evaluation, triage,
/// analytics and the API. Add topics only with a new id; never rename one.
/// </summary>
public static class TopicIds
{
    public const string Spoed112 = "spoed-112";
    public const string GeenSpoed0900 = "geen-spoed-0900";
    public const string AangifteAlgemeen = "aangifte-algemeen";
    public const string AangifteFietsendiefstal = "aangifte-fietsendiefstal";
    public const string AangifteDiefstal = "aangifte-diefstal";
    public const string AangifteZakkenrollerij = "aangifte-zakkenrollerij";
    public const string AangifteInbraak = "aangifte-inbraak";
    public const string AangifteVernieling = "aangifte-vernieling";
    public const string AangifteInternetoplichting = "aangifte-internetoplichting";
    public const string AangifteCybercrime = "aangifte-cybercrime";
    public const string AangifteBedreigingStalking = "aangifte-bedreiging-stalking";
    public const string AangifteMishandeling = "aangifte-mishandeling";
    public const string AangifteIdentiteitsfraude = "aangifte-identiteitsfraude";
    public const string StatusAangifte = "status-aangifte";
    public const string AfspraakBureau = "afspraak-bureau";
    public const string KlachtPolitie = "klacht-politie";
    public const string MeldingOverlast = "melding-overlast";
    public const string MeldingVerdachteSituatie = "melding-verdachte-situatie";
    public const string Buurtbemiddeling = "buurtbemiddeling";
    public const string VeiligThuis = "veilig-thuis";
    public const string Slachtofferhulp = "slachtofferhulp";
    public const string Fraudehelpdesk = "fraudehelpdesk";
    public const string JuridischLoket = "juridisch-loket";
    public const string MeldMisdaadAnoniem = "meld-misdaad-anoniem";
    public const string CentrumSeksueelGeweld = "centrum-seksueel-geweld";
    public const string Helpwanted = "helpwanted";
    public const string VerlorenGevonden = "verloren-gevonden";
    public const string IdDocumentKwijt = "id-document-kwijt";
    public const string VerkeersboeteCjib = "verkeersboete-cjib";
    public const string Vermissing = "vermissing";
    public const string BevoegdhedenPolitie = "bevoegdheden-politie";
    public const string VacatureWerkenBij = "vacature-werken-bij";
    public const string InformatieAlgemeen = "informatie-algemeen";
    public const string GesprekMedewerker = "gesprek-medewerker";
    public const string Begroeting = "begroeting";
    public const string Afsluiting = "afsluiting";
    public const string BuitenScope = "buiten-scope";

    /// <summary>Not confident enough: Wout asks a clarifying question instead of answering.</summary>
    public const string Onbekend = "onbekend";

    /// <summary>Every contract topic, in the contract's order (without <see cref="Onbekend"/>).</summary>
    public static readonly IReadOnlyList<string> All =
    [
        Spoed112,
        GeenSpoed0900,
        AangifteAlgemeen,
        AangifteFietsendiefstal,
        AangifteDiefstal,
        AangifteZakkenrollerij,
        AangifteInbraak,
        AangifteVernieling,
        AangifteInternetoplichting,
        AangifteCybercrime,
        AangifteBedreigingStalking,
        AangifteMishandeling,
        AangifteIdentiteitsfraude,
        StatusAangifte,
        AfspraakBureau,
        KlachtPolitie,
        MeldingOverlast,
        MeldingVerdachteSituatie,
        Buurtbemiddeling,
        VeiligThuis,
        Slachtofferhulp,
        Fraudehelpdesk,
        JuridischLoket,
        MeldMisdaadAnoniem,
        CentrumSeksueelGeweld,
        Helpwanted,
        VerlorenGevonden,
        IdDocumentKwijt,
        VerkeersboeteCjib,
        Vermissing,
        BevoegdhedenPolitie,
        VacatureWerkenBij,
        InformatieAlgemeen,
        GesprekMedewerker,
        Begroeting,
        Afsluiting,
        BuitenScope,
    ];

    public static bool IsKnown(string topic) => All.Contains(topic, StringComparer.Ordinal);
}
