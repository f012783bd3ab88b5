using Verbinding.Web.Features.Staff;
using System.Globalization;
using Verbinding.Web.Features.Aangifte;
using Verbinding.Web.Features.Citizens;

namespace Verbinding.Web.Features.Demo;

/// <summary>Realistic answers for demo and load runs: bicycles, phones and car damage in real municipalities.</summary>
public static class DemoAangiftes
{
    private static readonly string[] Municipalities = ["Utrecht", "Amsterdam", "Rotterdam", "Den Haag", "Eindhoven", "Groningen", "Maastricht", "Zwolle", "Breda", "Haarlem"];
    private static readonly string[] BikeBrands = ["Gazelle", "Batavus", "Sparta", "Cortina", "VanMoof", "Giant", "Cube", "Stromer"];
    private static readonly string[] PhoneBrands = ["Apple", "Samsung", "Google", "Fairphone", "OnePlus"];
    private static readonly string[] Colours = ["zwart", "grijs", "blauw", "rood", "wit", "groen"];
    private static readonly string[] Citizens = ["999990019", "999991772", "999993653", "999990032"];
    private static readonly string[] Names = ["Jan Jansen", "Fatima El Amrani", "Sanne de Vries", "Kees Bakker"];

    public static (Bsn Bsn, string Name) Citizen(int i)
    {
        Bsn.TryParse(Citizens[i % Citizens.Length], out var bsn);
        return (bsn, Names[i % Names.Length]);
    }

    public static string Type(int i) => (i % 4) switch { 0 or 1 => "fietsendiefstal", 2 => "diefstal", _ => "vernieling" };

    /// <summary>The answers per step id, as a citizen would type them.</summary>
    public static Dictionary<string, string> Answers(string stepId, int i, Random random, DateOnly today) => stepId switch
    {
        "wanneer" => new() { ["date"] = today.AddDays(-random.Next(1, 20)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), ["time"] = $"{random.Next(7, 12):00}:{random.Next(0, 60):00}" },
        "waar" => new() { ["municipality"] = Municipalities[random.Next(Municipalities.Length)], ["street"] = "bij het station" },
        "fiets" => new()
        {
            ["items.0.kind"] = random.Next(3) == 0 ? "e-bike" : "fiets", ["items.0.brand"] = Pick(BikeBrands, random), ["items.0.colour"] = Pick(Colours, random),
            ["items.0.frameNumber"] = $"NL{random.Next(10_000_000, 99_999_999)}", ["items.0.value"] = $"{random.Next(150, 3500)},00",
        },
        "spullen" => new()
        {
            ["circumstance"] = "telefoon", ["items.0.kind"] = "telefoon", ["items.0.brand"] = Pick(PhoneBrands, random), ["items.0.colour"] = Pick(Colours, random),
            ["items.0.imei"] = Imei(random), ["items.0.value"] = $"{random.Next(100, 1300)},00",
        },
        "schade" => new() { ["damageKind"] = "auto", ["object"] = "Portier en spiegel van mijn auto", ["plate"] = $"{random.Next(10, 99)}-ABC-{random.Next(1, 9)}", ["damage"] = $"{random.Next(200, 2500)},00" },
        "beschrijving" => new() { ["description"] = $"Demo-aangifte {i + 1}: het gebeurde terwijl ik er niet bij was. Ik heb niemand gezien." },
        "rechten" => new() { ["keepInformed"] = "ja", ["compensation"] = random.Next(2) == 0 ? "ja" : "nee", ["slachtofferhulp"] = "nee" },
        "contact" => new() { ["contactPreference"] = "email", ["email"] = $"demo{i + 1}@example.nl" },
        _ => [],
    };

    private static string Pick(string[] values, Random random) => values[random.Next(values.Length)];

    /// <summary>14 random digits plus the Luhn check digit, so the wizard's IMEI check accepts it.</summary>
    private static string Imei(Random random)
    {
        var digits = string.Concat(Enumerable.Range(0, 14).Select(_ => random.Next(10).ToString(CultureInfo.InvariantCulture)));
        for (var check = 0; check < 10; check++)
        {
            var candidate = digits + check.ToString(CultureInfo.InvariantCulture);
            if (Verbinding.Assistant.Entities.Identifiers.TryImei(candidate, out _))
            {
                return candidate;
            }
        }
        throw new InvalidOperationException("A Luhn check digit always exists.");
    }

    /// <summary>
    /// Files one aangifte through the same application service as the wizard (draft, every step validated, idempotent
    /// submit); with <paramref name="approve"/> intake approves it. Returns "RECEIPT" or "REGISTRATION CODE".
    /// </summary>
    public static async Task<string?> FileAsync(IServiceProvider services, int i, Random random, bool approve, CancellationToken ct)
    {
        var draftId = await PrepareAsync(services, i, random, ct);
        var sent = await SubmitAsync(services, i, draftId, ct);
        if (!approve)
        {
            return sent.ReceiptNumber;
        }
        var approved = await services.GetRequiredService<IntakeService>().ApproveAsync(new StaffScope("cli-demo", null, IsNational: true), sent.Id, ct);
        return $"{approved!.RegistrationNumber} {approved.VerificationCode}";
    }

    /// <summary>Starts citizen <paramref name="i"/>'s draft and fills every step as the wizard would; returns the draft id.</summary>
    public static async Task<Guid> PrepareAsync(IServiceProvider services, int i, Random random, CancellationToken ct)
    {
        var catalog = services.GetRequiredService<AangifteTypeCatalog>();
        var service = services.GetRequiredService<AangifteService>();
        var (bsn, _) = Citizen(i);
        var type = catalog.Find(Type(i))!;
        var eligibility = new EligibilityRecord(new() { ["suspectKnown"] = false, ["violence"] = false }, 30 + i % 40, false, "demo", false);
        var draft = await service.StartDraftAsync(bsn, type, eligibility, ct: ct);
        var today = DateOnly.FromDateTime(service.LocalNow.DateTime);
        var steps = service.StepsOf(draft);
        for (var s = 0; s < steps.Count; s++)
        {
            var outcome = await service.SaveStepAsync(draft, s, Answers(steps[s].Id, i, random, today), StepMove.Next, ct);
            if (!outcome.Check.IsValid)
            {
                throw new InvalidOperationException($"Demo data for step '{steps[s].Id}' is invalid: {string.Join(", ", outcome.Check.Errors.Keys)}");
            }
        }
        return draft.Id;
    }

    /// <summary>Sends citizen <paramref name="i"/>'s prepared draft.</summary>
    public static async Task<SubmittedAangifte> SubmitAsync(IServiceProvider services, int i, Guid draftId, CancellationToken ct)
    {
        var (bsn, name) = Citizen(i);
        var sent = await services.GetRequiredService<AangifteService>().SubmitAsync(bsn, name, draftId, "nl", ct);
        return sent.Aangifte ?? throw new InvalidOperationException($"Demo draft {i} was refused at step {sent.InvalidStep}.");
    }
}
