namespace Verbinding.Triage.Policy;

/// <summary>The meaningful interventions (betekenisvolle interventies) an answer can offer. Ids are a public contract.</summary>
public static class Interventions
{
    public const string Spoed112 = "spoed-112";
    public const string Informatie = "informatie";
    public const string Doorverwijzen = "doorverwijzen";
    public const string WarmeOverdracht = "warme-overdracht";
    public const string Bemiddeling = "bemiddeling";
    public const string Verzekering = "verzekering";
    public const string Melding = "melding";
    public const string AangifteOnline = "aangifte-online";
    public const string AangifteTelefonisch = "aangifte-telefonisch";
    public const string AangifteAfspraak = "aangifte-afspraak";
    public const string AangifteThuis = "aangifte-thuis";
    public const string Terugbelverzoek = "terugbelverzoek";
    public const string GesprekMedewerker = "gesprek-medewerker";

    public static readonly IReadOnlyList<string> All =
    [
        Spoed112, Informatie, Doorverwijzen, WarmeOverdracht, Bemiddeling, Verzekering, Melding,
        AangifteOnline, AangifteTelefonisch, AangifteAfspraak, AangifteThuis, Terugbelverzoek, GesprekMedewerker,
    ];
}
