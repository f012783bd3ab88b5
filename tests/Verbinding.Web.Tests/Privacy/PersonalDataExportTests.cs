using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using PdfSharp.Pdf.IO;
using Verbinding.Web.Features.Audit;
using Verbinding.Web.Features.Staff;
using Verbinding.Web.Tests.Infrastructure;
using Verbinding.Web.Tests.Security;
using Verbinding.Web.Tests.VictimRights;

namespace Verbinding.Web.Tests.Privacy;

/// <summary>"Mijn gegevens": the export holds all of the citizen's data, who looked at it, and nothing of anyone else.</summary>
public sealed class PersonalDataExportTests
{
    private const string BsnA = "999990019";
    private const string NameA = "Anna Aalders";
    private const string BsnB = "999990020";
    private const string NameB = "Bert Bakker";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Export_holds_the_citizens_aangifte_melding_chat_choices_and_the_roles_that_read_them_and_nothing_of_another_citizen()
    {
        await using var app = await VictimRightsApp.StartAsync();
        var aangifteA = await app.FileBicycleTheftAsync(BsnA, NameA);
        await app.ApproveAsync(aangifteA.Id);
        var aangifteB = await app.FileBicycleTheftAsync(BsnB, NameB);
        var citizenA = await app.CitizenIdAsync(BsnA);
        var citizenB = await app.CitizenIdAsync(BsnB);
        var meldingA = await app.SubmitMeldingAsync(citizenA, "Elke nacht harde muziek, melding van Anna.", "anna@example.nl");
        var meldingB = await app.SubmitMeldingAsync(citizenB, "Elke nacht harde muziek, melding van Bert.", "bert@example.nl");
        await app.AddConversationAsync(citizenA, "Chatbericht van Anna over haar fiets", DateTimeOffset.UtcNow);
        await app.AddConversationAsync(citizenB, "Chatbericht van Bert over zijn fiets", DateTimeOffset.UtcNow);
        var intake = await app.CreateStaffAsync(StaffRoles.Intake, VictimRightsApp.Unit);
        using (var staff = await app.SignInAsStaffAsync(intake))
        {
            Assert.Equal(HttpStatusCode.OK, (await staff.GetAsync($"/medewerker/intake/{aangifteA.Id}", Ct)).StatusCode);
        }

        using var citizen = await app.SignInAsCitizenAsync(BsnA, NameA);
        var download = await citizen.GetAsync("/mijn/gegevens?handler=Json", Ct);

        Assert.Equal("application/json", download.Content.Headers.ContentType!.MediaType);
        var text = await download.Content.ReadAsStringAsync(Ct);
        using var json = JsonDocument.Parse(text);
        var sections = json.RootElement.GetProperty("sections");
        Assert.Equal(aangifteA.ReceiptNumber, Assert.Single(sections.GetProperty("aangiftes").EnumerateArray()).GetProperty("receiptNumber").GetString());
        Assert.Equal(meldingA, Assert.Single(sections.GetProperty("meldingen").EnumerateArray()).GetProperty("reference").GetString());
        Assert.Contains(sections.GetProperty("conversationMessages").EnumerateArray(),
            m => m.GetProperty("text").GetString() == "Chatbericht van Anna over haar fiets");
        var choices = Assert.Single(sections.GetProperty("victimRightsChoices").EnumerateArray());
        Assert.Equal(aangifteA.Id.ToString(), choices.GetProperty("aangifteId").GetString());
        var access = Assert.Single(json.RootElement.GetProperty("accessLog").EnumerateArray(), a => a.GetProperty("role").GetString() == StaffRoles.Intake);
        Assert.Equal(VictimRightsApp.Unit, access.GetProperty("eenheid").GetString());
        Assert.False(access.TryGetProperty("staffName", out _));
        foreach (var other in new[] { aangifteB.ReceiptNumber, meldingB, BsnB, NameB, "Bert", "bert@example.nl", intake.DisplayName })
        {
            Assert.DoesNotContain(other, text, StringComparison.Ordinal);
        }
        var audited = await app.WithDbAsync(db => db.Set<AuditEntry>().CountAsync(e => e.Action == "privacy.export.json", Ct));
        Assert.Equal(1, audited);
    }

    [Fact]
    public async Task Staff_names_show_only_where_the_setting_allows_them()
    {
        await using var app = await VerbindingApplication.StartAsync(settings =>
        {
            MatrixFixture.HighRateLimits(settings);
            settings["Privacy:ShowStaffNames"] = "true";
        }, kestrel: true);
        var aangifte = await app.FileBicycleTheftAsync(BsnA, NameA);
        var intake = await app.CreateStaffAsync(StaffRoles.Intake, VictimRightsApp.Unit);
        using (var staff = await app.SignInAsStaffAsync(intake))
        {
            Assert.Equal(HttpStatusCode.OK, (await staff.GetAsync($"/medewerker/intake/{aangifte.Id}", Ct)).StatusCode);
        }
        using var citizen = await app.SignInAsCitizenAsync(BsnA, NameA);

        using var json = JsonDocument.Parse(await (await citizen.GetAsync("/mijn/gegevens?handler=Json", Ct)).Content.ReadAsStringAsync(Ct));

        Assert.Contains(json.RootElement.GetProperty("accessLog").EnumerateArray(),
            a => a.TryGetProperty("staffName", out var name) && name.GetString() == intake.DisplayName);
    }

    [Fact]
    public async Task Pdf_download_is_a_pdf_with_pages_and_the_summary_page_counts_the_aangifte_and_empty_categories_stay_in_the_json()
    {
        await using var app = await VictimRightsApp.StartAsync();
        await app.FileBicycleTheftAsync(BsnA, NameA);
        using var citizen = await app.SignInAsCitizenAsync(BsnA, NameA);

        var pdf = await citizen.GetAsync("/mijn/gegevens?handler=Pdf", Ct);
        var bytes = await pdf.Content.ReadAsByteArrayAsync(Ct);
        var page = await citizen.GetPageAsync("/mijn/gegevens");
        using var json = JsonDocument.Parse(await (await citizen.GetAsync("/mijn/gegevens?handler=Json", Ct)).Content.ReadAsStringAsync(Ct));

        Assert.Equal("application/pdf", pdf.Content.Headers.ContentType!.MediaType);
        Assert.StartsWith("%PDF", Encoding.ASCII.GetString(bytes, 0, 4), StringComparison.Ordinal);
        using var document = PdfReader.Open(new MemoryStream(bytes), PdfDocumentOpenMode.Import);
        Assert.True(document.PageCount >= 1);
        Assert.Equal("1", page.QuerySelector("[data-category=aangiftes] td:last-child")!.TextContent.Trim());
        Assert.Equal(0, json.RootElement.GetProperty("sections").GetProperty("meldingen").GetArrayLength());
        Assert.Equal(0, json.RootElement.GetProperty("sections").GetProperty("conversations").GetArrayLength());
    }

    [Fact]
    public async Task Export_is_only_for_a_signed_in_citizen()
    {
        await using var app = await VictimRightsApp.StartAsync();
        using var anonymous = app.CreateBrowserClient();

        var response = await anonymous.GetAsync("/mijn/gegevens?handler=Json", Ct);

        Assert.NotEqual(HttpStatusCode.OK, response.StatusCode);
    }
}
