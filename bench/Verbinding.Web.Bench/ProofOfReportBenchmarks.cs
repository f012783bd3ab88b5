using BenchmarkDotNet.Attributes;
using Microsoft.Extensions.Configuration;
using Verbinding.Triage.Policy;
using Verbinding.Web.Features.Aangifte;

namespace Verbinding.Web.Bench;

/// <summary>
/// Issue 5's "PDF rendering time per report": the "Bewijs van aangifte" (PDFsharp, embedded DejaVu font, QR code) as
/// the citizen downloads it from "Mijn zaken" or the e-mail attaches it. Two shapes: a bicycle theft with one item,
/// and an online fraud with the most the PDF shows (15 items, 10 payments).
/// </summary>
[MemoryDiagnoser]
[ShortRunJob]
public class ProofOfReportBenchmarks
{
    private static readonly DateTimeOffset Registered = new(2026, 11, 30, 10, 15, 0, TimeSpan.Zero);

    private readonly ProofOfReport _proof = new(new ConfigurationBuilder().Build());
    private readonly AangifteType _bicycle = Type("fietsendiefstal", "Fietsendiefstal", "Bicycle theft");
    private readonly AangifteType _fraud = Type("internetoplichting", "Internetoplichting", "Online fraud");
    private SubmittedAangifte _oneBike = null!;
    private SubmittedAangifte _bigFraud = null!;

    [GlobalSetup]
    public void Setup()
    {
        _oneBike = Aangifte("fietsendiefstal", items: 1, payments: 0);
        _bigFraud = Aangifte("internetoplichting", items: 15, payments: 10);
        _ = _proof.Render(_oneBike, _bicycle); // installs the font resolver once, as the first request of a node does
    }

    [Benchmark(Baseline = true)]
    public byte[] Bicycle_theft_one_item() => _proof.Render(_oneBike, _bicycle);

    [Benchmark]
    public byte[] Online_fraud_15_items_10_payments() => _proof.Render(_bigFraud, _fraud);

    private static AangifteType Type(string id, string nl, string en) =>
        new(id, id, OnlineAllowed: true, new LocalizedText(nl, en), new LocalizedText("", ""), [], []);

    private static SubmittedAangifte Aangifte(string type, int items, int payments)
    {
        var id = Guid.CreateVersion7();
        var aangifte = new SubmittedAangifte
        {
            Id = id, ReceiptNumber = "AG-7KQ2XM", RegistrationNumber = "2026-123-4567890", VerificationCode = "KX7Q-2M9P",
            CitizenBsn = "999990019", CitizenName = "Anna de Vries", TypeId = type, TypesVersion = "2026.11",
            OccurredOn = new DateOnly(2026, 11, 27), Municipality = "Utrecht", MunicipalityCode = "GM0344",
            EenheidId = "midden-nederland", BasisteamId = "utrecht-centrum", Description = "Fiets gestolen bij het station.",
            Contact = new ContactDetails("email", "anna@example.nl", null), Rights = new RightsChoices(true, false, false),
            Eligibility = new EligibilityRecord([], 34, false, "2026.11", false), SubmittedAt = Registered, DecidedAt = Registered,
        };
        for (var i = 1; i <= items; i++)
        {
            aangifte.Items.Add(new AangifteItem
            {
                Id = Guid.CreateVersion7(), AangifteId = id, Position = i, Kind = "fiets", Brand = "Gazelle", Model = "Ultimate C380",
                Colour = "zwart", FrameNumber = $"GZ{i:D6}NL", Value = 1299.95m,
            });
        }
        for (var i = 1; i <= payments; i++)
        {
            aangifte.Payments.Add(new FraudPayment { Id = Guid.CreateVersion7(), AangifteId = id, PaidOn = new DateOnly(2026, 11, i), Amount = 45.50m * i });
        }
        return aangifte;
    }
}
