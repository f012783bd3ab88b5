using System.Globalization;
using System.Numerics;
using Microsoft.Extensions.DependencyInjection;
using Verbinding.Web.Features.Aangifte;
using Verbinding.Web.Features.Citizens;

namespace Verbinding.Web.Tests.Aangifte;

/// <summary>Internet-fraud aangiftes filed through <see cref="AangifteService"/>, as the wizard files them.</summary>
public static class FraudReports
{
    public static async Task<SubmittedAangifte> FileAsync(IServiceProvider services, string municipality, string iban, string amount,
        string bsnText = "999990019", string name = "Jan Jansen", string? platform = null)
    {
        await using var scope = services.CreateAsyncScope();
        var aangiftes = scope.ServiceProvider.GetRequiredService<AangifteService>();
        var type = scope.ServiceProvider.GetRequiredService<AangifteTypeCatalog>().Find("internetoplichting")!;
        Assert.True(Bsn.TryParse(bsnText, out var bsn));
        var draft = await aangiftes.StartDraftAsync(bsn, type, new EligibilityRecord([], 40, false, "test", false));
        var paid = DateTime.UtcNow.AddDays(-3).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        Dictionary<string, string>[] steps =
        [
            new() { ["date"] = paid },
            new() { ["municipality"] = municipality, ["fraudKind"] = "kopen", ["counterpartyIban"] = iban, ["platform"] = platform ?? "" },
            new() { ["payments.0.date"] = paid, ["payments.0.amount"] = amount },
            new() { ["description"] = $"Ik kocht een fiets via internet maar kreeg niets, melder {name}." },
            new(), // bijlagen: optional, skipped
            new() { ["keepInformed"] = "ja", ["compensation"] = "ja", ["slachtofferhulp"] = "nee" },
            new() { ["contactPreference"] = "post" },
        ];
        for (var i = 0; i < steps.Length; i++)
        {
            var check = (await aangiftes.SaveStepAsync(draft, i, steps[i], StepMove.Next)).Check;
            Assert.True(check.IsValid, $"Step {i}: {string.Join(", ", check.Errors.Keys)}");
        }
        return (await aangiftes.SubmitAsync(bsn, name, draft.Id, "nl")).Aangifte!;
    }

    /// <summary>A valid Dutch IBAN for a made-up account number (ISO 13616 check digits), so each test has its own.</summary>
    public static string Iban(long account)
    {
        var bban = "TEST" + account.ToString("D10", CultureInfo.InvariantCulture);
        var digits = string.Concat((bban + "NL00").Select(c => char.IsAsciiDigit(c) ? c.ToString() : (c - 'A' + 10).ToString(CultureInfo.InvariantCulture)));
        var check = 98 - (int)(BigInteger.Parse(digits, CultureInfo.InvariantCulture) % 97);
        return $"NL{check:00}{bban}";
    }
}
