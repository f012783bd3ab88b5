using Verbinding.Assistant.Training;

namespace Verbinding.Assistant.Bench;

/// <summary>
/// 200 citizen messages shaped like the dev set without using it: 150 training-corpus lines taken at an even stride
/// (every topic, typos, chat Dutch, English) and 50 longer, detail-heavy messages written for the benchmark, so
/// the entity extractor meets dates, times, places, amounts, IBANs, plates, phone numbers, e-mail and links.
/// </summary>
public static class BenchMessages
{
    private static readonly string[] Detailed =
    [
        "Mijn fiets is gisteren om 18:30 gestolen bij station Utrecht Centraal, een zwarte Gazelle met framenummer GZ12345678",
        "Ik heb op 12 november 85 euro overgemaakt naar NL91ABNA0417164300 voor een PlayStation maar niks ontvangen",
        "Someone stole my iPhone on the tram in Amsterdam last Friday around 11 pm, IMEI 490154203237518",
        "Vannacht is mijn auto met kenteken AB-123-C opengebroken in de Kerkstraat 12 in Den Haag",
        "De verkoper op Marktplaats belt steeds vanaf 06-12345678 en wil nog 250 euro, is dit oplichting?",
        "Ik kreeg een mail van info@bank-veilig.nl met een link naar https://bank-veilig-inlog.com en heb mijn gegevens ingevuld",
        "Afgelopen zaterdag rond 02:00 ben ik bij het Stratumseind in Eindhoven in elkaar geslagen",
        "My bike was stolen two days ago outside Rotterdam Centraal, it was a blue Cortina",
        "Wij zijn vorige week op vakantie geweest en toen is er ingebroken in ons huis aan de Dorpsstraat 5, 1234 AB Zwolle",
        "Iemand heeft op 3 december een lening van 5000 euro op mijn naam afgesloten bij een bank in Groningen",
        "Hoe laat is het politiebureau in Nijmegen morgen open? Ik wil om 14.00 uur langskomen",
        "Ik wil weten hoe het staat met mijn aangifte van 20-10-2026 over de diefstal van mijn scooter in Tilburg",
        "Er staat al drie dagen een auto met Duits kenteken voor mijn deur in Breda, lijkt verdacht",
        "I paid 120 euros through a Facebook ad for sneakers and the seller blocked me, his number was +31 6 12345678",
        "Mijn ex stuurt me sinds maart elke dag dreigende berichten via WhatsApp vanaf 0612345678",
        "Mijn portemonnee met rijbewijs is vanmiddag om half vier gerold in de bus naar Haarlem",
        "Onze schuur in Apeldoorn is afgelopen nacht opengebroken, er zijn twee e-bikes van Stella weg",
        "Ik heb een verkeersboete gekregen van 95 euro voor te hard rijden op de A2 bij Eindhoven, kan ik bezwaar maken?",
        "Mijn dochter van 15 is sinds gisteravond 21:00 niet thuisgekomen in Almere",
        "Bij het Vondelpark in Amsterdam heb ik een portemonnee gevonden met 40 euro erin, waar moet ik die inleveren?",
        "Ik ben op 1 december gebeld door iemand van de 'helpdesk van Microsoft' en heb toegang gegeven tot mijn laptop",
        "Gisteravond om 23:15 hebben jongeren met vuurwerk de ruit van mijn winkel aan de Markt 3 in Leiden vernield",
        "My passport was stolen from my hotel room in Maastricht yesterday, what should I do?",
        "Ik heb 2 weken geleden 350 euro betaald via https://goedkope-fietsen-shop.nl en het pakket komt maar niet",
        "De buren in Amersfoort maken elke nacht tot 3 uur herrie, ik heb al met ze gepraat",
        "Is er een vacature voor wijkagent in Zeeland? Ik ben 24 en heb een mbo 4 diploma",
        "Iemand heeft mijn Instagram gehackt en vraagt mijn volgers om 500 euro over te maken naar NL02RABO0123456789",
        "Mijn auto GH-456-J is bekrast en de banden zijn lek gestoken in Arnhem, het gebeurde tussen 1 en 6 december",
        "Hallo, mijn telefoon (Samsung Galaxy S23) is vorige week dinsdag uit mijn jaszak gerold op de markt in Den Bosch",
        "Ik word al weken gevolgd door een man in een grijze Volkswagen met kenteken 12-ABC-3 als ik uit mijn werk kom in Delft",
        "Can I report online that my car window was smashed in Utrecht on Sunday night? Nothing was taken",
        "Mijn moeder van 82 is opgelicht door iemand die zich voordeed als haar kleinzoon, ze heeft 1.200 euro overgemaakt",
        "Ik heb een klacht over de agent die mij op 28 november om 16:45 aanhield in Enschede, hij was erg onbeleefd",
        "er is vandaag om 13:00 een pakketje van 60 euro van mijn stoep gestolen in Zoetermeer, camera heeft het gefilmd",
        "I received a text from +447911123456 saying my parcel is held, and clicked the link postnl-track.info",
        "Mijn zoon wordt op school in Hilversum gechanteerd met naaktfoto's, de dader wil 200 euro",
        "Op 15 oktober is mijn e-bike van Sparta met framenummer SP98765432 gestolen uit de fietsenstalling in Gouda",
        "Ik wil anoniem melden dat er in de Julianastraat in Venlo drugs worden verkocht vanuit een woning",
        "Gisteren kreeg ik een boete van het CJIB van 280 euro, maar ik was die dag in Spanje",
        "My neighbour in Leeuwarden threatened me with a baseball bat on Saturday, I am scared to go outside",
        "Afgelopen maandag om 8 uur 's ochtends is mijn tas met laptop gestolen uit mijn auto in Heerlen",
        "Ik ben mijn id-kaart kwijtgeraakt tijdens een avondje uit in Groningen op 30 november",
        "Er hangen elke avond jongeren rond bij het winkelcentrum in Spijkenisse, ze gooien met stenen",
        "Ik heb op 5 december voor 1500 euro een tweedehands auto gekocht en de verkoper blijkt de kilometerstand te hebben teruggedraaid",
        "Wat kost een kopie van mijn aangifte en kan ik die per mail krijgen op jan.jansen@example.nl?",
        "Last night at 1 am two men pushed me off my bike in Rotterdam-Zuid and took my phone and wallet",
        "Iemand heeft met mijn gegevens een abonnement bij een telecombedrijf afgesloten, ik kreeg een rekening van 89,95 euro",
        "Ik zag net een man bij de buren in Assen over de schutting klimmen",
        "Goedemorgen, kan ik vandaag nog ergens in Amsterdam-Noord aangifte doen zonder afspraak?",
        "Mijn ouders van 78 kregen bezoek van nep-agenten die hun pinpas en 300 euro meenamen in Emmen",
    ];

    public static IReadOnlyList<string> All { get; } = Build();

    private static List<string> Build()
    {
        var corpus = Corpus.Examples;
        var stride = corpus.Count / 150;
        return [.. Enumerable.Range(0, 150).Select(i => corpus[i * stride].Text), .. Detailed];
    }
}
