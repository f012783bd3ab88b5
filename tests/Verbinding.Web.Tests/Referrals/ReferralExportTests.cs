using System.Text.Json;
using UglyToad.PdfPig;
using Verbinding.Web.Tests.Infrastructure;
using Verbinding.Web.Tests.VictimRights;

namespace Verbinding.Web.Tests.Referrals;

/// <summary>"Mijn gegevens" lists the citizen's referrals (partner, status, what they shared, how they hear) and nobody else's.</summary>
public sealed class ReferralExportTests
{
    private const string BsnA = "999990019";
    private const string BsnB = "999990020";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_export_shows_the_citizens_referral_in_json_pdf_and_summary_and_another_citizen_sees_none()
    {
        await using var app = await ReferralsApp.StartAsync();
        var own = await app.ReferAsync(BsnA, "anna@example.nl");
        var other = await app.ReferAsync(BsnB, "bert@example.nl");

        using var citizen = await app.SignInAsCitizenAsync(BsnA, "Anna de Vries");
        var raw = await (await citizen.GetAsync("/mijn/gegevens?handler=Json", Ct)).Content.ReadAsStringAsync(Ct);
        using var json = JsonDocument.Parse(raw);
        var sections = json.RootElement.GetProperty("sections");

        var referral = Assert.Single(sections.GetProperty("referrals").EnumerateArray());
        Assert.Equal(own.Referral!.Reference, referral.GetProperty("reference").GetString());
        Assert.Equal("Slachtofferhulp Nederland", referral.GetProperty("partner").GetString());
        Assert.Equal("Sent", referral.GetProperty("status").GetString());
        Assert.Equal("name, phone", referral.GetProperty("sharedItems").GetString());
        Assert.Equal("Email", referral.GetProperty("statusChannel").GetString());
        Assert.Equal("Sent", Assert.Single(sections.GetProperty("referralStatusChanges").EnumerateArray()).GetProperty("status").GetString());
        Assert.DoesNotContain(other.Referral!.Reference, raw, StringComparison.Ordinal);
        Assert.DoesNotContain(own.CitizenToken!, raw, StringComparison.Ordinal); // the status link would open the referral to any reader

        var summary = await citizen.GetPageAsync("/mijn/gegevens");
        Assert.Contains("Verwijzingen", summary.QuerySelector("[data-category=referrals] td")!.TextContent);
        Assert.Equal("1", summary.QuerySelector("[data-category=referrals] td:last-child")!.TextContent.Trim());
        using var pdf = PdfDocument.Open(await (await citizen.GetAsync("/mijn/gegevens?handler=Pdf", Ct)).Content.ReadAsByteArrayAsync(Ct));
        var text = string.Join(" ", pdf.GetPages().Select(p => p.Text));
        Assert.Contains("Slachtofferhulp", text);
        Assert.Contains("Referrals to support organisations", text.Replace("  ", " ")); // the heading, in both languages
        Assert.Contains(own.Referral.Reference, text);

        using var nobody = await app.SignInAsCitizenAsync("999990032", "Carla Claes");
        using var empty = JsonDocument.Parse(await (await nobody.GetAsync("/mijn/gegevens?handler=Json", Ct)).Content.ReadAsStringAsync(Ct));
        Assert.Equal(0, empty.RootElement.GetProperty("sections").GetProperty("referrals").GetArrayLength());
    }
}
