namespace Verbinding.VictimRights;

/// <summary>A right in plain words (Dutch at B1 level, and English) with its legal basis.</summary>
public sealed record RightDefinition(string Id, string LegalBasis, string TitleNl, string TitleEn, string TextNl, string TextEn)
{
    public string Title(string language) => language == "en" ? TitleEn : TitleNl;

    public string Text(string language) => language == "en" ? TextEn : TextNl;
}

/// <summary>
/// The texts and sources of every right. Sources: Wetboek van Strafvordering (Sv) art. 51a-51h, Richtlijn
/// 2012/29/EU, Besluit slachtoffers van strafbare feiten, Regeling verstrekken zaaksinformatie aan slachtoffers
/// (Stcrt. 2017, 18999), OM Aanwijzing slachtofferrechten; see docs/victim-rights.md. Partner referrals follow the
/// partner table of the domain brief.
/// </summary>
public static class RightCatalog
{
    private static readonly Dictionary<string, RightDefinition> Rights = new RightDefinition[]
    {
        new(RightIds.StatementOfRights, "Richtlijn 2012/29/EU art. 4; Besluit slachtoffers van strafbare feiten",
            "Uitleg over uw rechten", "Information about your rights",
            "U krijgt bij het eerste contact gratis op papier welke rechten u heeft. Als u wilt, legt een medewerker het ook uit.",
            "At first contact you receive a free written statement of your rights. If you want, an officer also explains it."),
        new(RightIds.IndividualAssessment, "Richtlijn 2012/29/EU art. 22; Besluit slachtoffers van strafbare feiten",
            "Beoordeling: heeft u extra bescherming nodig?", "Assessment: do you need extra protection?",
            "Bij elke aangifte kijkt de politie of u extra kwetsbaar bent en of u bescherming nodig heeft.",
            "With every report the police checks whether you are vulnerable and need protection."),
        new(RightIds.CaseInformation, "Sv art. 51ac; Regeling verstrekken zaaksinformatie aan slachtoffers art. 2 lid 3",
            "Informatie over uw zaak", "Information about your case",
            "U heeft gevraagd om op de hoogte te blijven. De politie laat u binnen 14 dagen schriftelijk weten wat er met uw aangifte gebeurt.",
            "You asked to be kept informed. Within 14 days the police tells you in writing what happens with your report."),
        new(RightIds.Interpreter, "Sv art. 51ca; Richtlijn 2012/29/EU art. 7",
            "Gratis tolk en vertaling", "Free interpreter and translation",
            "U spreekt liever een andere taal dan Nederlands. U krijgt gratis een tolk. Belangrijke stukken worden op verzoek voor u vertaald.",
            "You prefer a language other than Dutch. You get a free interpreter. Important documents are translated for you on request."),
        new(RightIds.CopyOfAangifte, "Richtlijn 2012/29/EU art. 5 lid 1; Aanwijzing slachtofferrechten",
            "Kopie van uw aangifte", "Copy of your report",
            "U kunt een kopie of bewijs van uw aangifte krijgen, bijvoorbeeld voor uw verzekering.",
            "You can get a copy or proof of your report, for example for your insurer."),
        new(RightIds.SlachtofferhulpReferral, "Sv art. 51a-51h; Richtlijn 2012/29/EU art. 8",
            "Hulp van Slachtofferhulp Nederland", "Support from Slachtofferhulp Nederland",
            "Slachtofferhulp Nederland helpt u gratis, bijvoorbeeld met praktische of juridische vragen. De politie geeft uw gegevens door als u dat wilt.",
            "Slachtofferhulp Nederland supports you for free, for example with practical or legal questions. The police passes on your details if you want."),
        new(RightIds.Compensation, "Sv art. 51f; Richtlijn 2012/29/EU art. 16",
            "Vergoeding van uw schade", "Compensation for your damage",
            "U wilt uw schade vergoed krijgen. U krijgt een schadeformulier. Daarmee kunt u zich in de strafzaak voegen als benadeelde partij.",
            "You want compensation for your damage. You get a claim form. With it you can join the criminal case as an injured party."),
        new(RightIds.Schadefonds, "Wet schadefonds geweldsmisdrijven",
            "Schadefonds Geweldsmisdrijven", "Violent Crimes Compensation Fund",
            "Bij geweld of een zedenmisdrijf kunt u soms geld krijgen van het Schadefonds Geweldsmisdrijven. De politie vertelt u hoe dat werkt.",
            "After violence or a sexual offence you may get a payment from the Schadefonds Geweldsmisdrijven. The police tells you how."),
        new(RightIds.ReleaseInformation, "Sv art. 51ac (op verzoek); Richtlijn 2012/29/EU art. 6 lid 5",
            "Bericht als de verdachte vrijkomt", "Notice when the suspect is released",
            "U wilt weten wanneer de verdachte of dader vrijkomt, met verlof gaat of ontsnapt. Dit verzoek geeft de politie door.",
            "You want to know when the suspect or offender is released, goes on leave or escapes. The police passes on this request."),
        new(RightIds.Spreekrecht, "Sv art. 51e",
            "Spreekrecht", "Right to speak in court",
            "Bij dit misdrijf mag u in de rechtszaal vertellen wat het met u heeft gedaan. De politie legt uit hoe dat gaat.",
            "For this crime you may tell the court what it did to you. The police explains how this works."),
        new(RightIds.CentrumSeksueelGeweld, "Aanwijzing zeden; partner: Centrum Seksueel Geweld (0800-0188)",
            "Centrum Seksueel Geweld", "Sexual Assault Centre",
            "Het Centrum Seksueel Geweld helpt u direct, dag en nacht, met medische en psychische zorg. Bel gratis 0800-0188.",
            "The Sexual Assault Centre helps you right away, day and night, with medical and emotional care. Call free 0800-0188."),
        new(RightIds.VeiligThuis, "Aanwijzing huiselijk geweld en kindermishandeling; partner: Veilig Thuis (0800-2000)",
            "Veilig Thuis", "Veilig Thuis (domestic violence advice)",
            "Veilig Thuis geeft advies en hulp bij geweld thuis. Bel gratis 0800-2000, dag en nacht.",
            "Veilig Thuis gives advice and help with violence at home. Call free 0800-2000, day and night."),
        new(RightIds.ParentsInvolved, "Politiebeleid: onder 13 jaar worden de ouders altijd betrokken (domain.md)",
            "Uw ouders of verzorgers", "Your parents or carers",
            "Omdat u jonger bent dan 13 jaar, neemt de politie ook contact op met uw ouders of verzorgers.",
            "Because you are younger than 13, the police also contacts your parents or carers."),
        new(RightIds.AddressOutOfDocuments, "Richtlijn 2012/29/EU art. 21 en 23",
            "Uw adres blijft uit de stukken", "Your address stays out of the documents",
            "Uw adres, telefoonnummer en e-mailadres komen niet in de stukken die de verdachte kan zien.",
            "Your address, phone number and email are left out of documents the suspect can see."),
        new(RightIds.PriorityContact, "Richtlijn 2012/29/EU art. 22-23",
            "Snel contact met de politie", "Priority contact with the police",
            "U krijgt voorrang als u contact met ons zoekt, en een vaste contactpersoon.",
            "You get priority when you contact us, and one contact person."),
        new(RightIds.AlternativeAddress, "Richtlijn 2012/29/EU art. 21 en 23",
            "Een ander adres (domicilie)", "A different address (domicile)",
            "U kunt het adres van het politiebureau opgeven in plaats van uw eigen adres.",
            "You can give the address of the police station instead of your own address."),
        new(RightIds.AangifteUnderNumber, "Richtlijn 2012/29/EU art. 23; Aanwijzing slachtofferrechten",
            "Aangifte onder nummer", "Report under a number",
            "Uw naam staat niet in de aangifte. U staat er met een nummer in.",
            "Your name is not in the report. A number is used instead."),
    }.ToDictionary(r => r.Id);

    public static IReadOnlyCollection<RightDefinition> All => Rights.Values;

    public static RightDefinition Get(string id) =>
        Rights.TryGetValue(id, out var right) ? right : throw new KeyNotFoundException($"Unknown right '{id}'.");
}
