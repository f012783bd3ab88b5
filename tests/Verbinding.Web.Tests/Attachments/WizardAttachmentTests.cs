using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Verbinding.Web.Features.Aangifte;
using Verbinding.Web.Features.Attachments;
using Verbinding.Web.Features.Audit;
using Verbinding.Web.Features.Staff;
using Verbinding.Web.Tests.Infrastructure;
using Verbinding.Web.Tests.VictimRights;

namespace Verbinding.Web.Tests.Attachments;

/// <summary>Photos and PDFs in the aangifte wizard, over real HTTP, on SQLite or PostgreSQL (VERBINDING_TEST_PROVIDER).</summary>
public sealed class WizardAttachmentTests
{
    private const string Bsn = "999991772";
    private const string Name = "Petra de Boer";
    private const string OtherBsn = "999990032";

    [Fact]
    public async Task A_photo_and_a_receipt_go_from_the_wizard_to_review_to_intake_of_the_unit_without_gps()
    {
        await using var app = await VictimRightsApp.StartAsync();
        var draftId = await app.DraftUpToAttachmentsAsync(Bsn);
        using var citizen = await app.SignInAsCitizenAsync(Bsn, Name);
        var step = $"/aangifte/{draftId}/stap/{Uploads.AttachmentStep}";

        var upload = await citizen.PostFilesAsync(step, new Dictionary<string, string> { ["nav"] = "upload" },
            [new("IMG_2041.jpg", TestFiles.JpegWithExif(40, 20, orientation: 6)), new("bon fiets.pdf", TestFiles.Pdf("BT (Gazelle 2499) Tj ET"), "application/pdf")]);
        Assert.Equal(HttpStatusCode.Redirect, upload.StatusCode);
        var onStep = await citizen.GetPageAsync(step);
        Assert.Equal(["IMG_2041.jpg downloaden", "bon fiets.pdf downloaden"],
            onStep.QuerySelectorAll("[data-testid=attachments] li > a:not(:has(img))").Select(a => a.TextContent.Trim()));

        var review = await citizen.GetPageAsync(await citizen.FinishStepsAsync(draftId));
        var thumbnail = review.QuerySelector("[data-testid=attachments] img")!.GetAttribute("src")!;
        Assert.Matches("^/mijn/bijlagen/[0-9a-f-]{36}/klein$", thumbnail);
        var image = await citizen.GetAsync(thumbnail);
        Assert.Equal("image/jpeg", image.Content.Headers.ContentType!.MediaType);
        Assert.Equal("nosniff", image.Headers.GetValues("X-Content-Type-Options").Single());

        var sent = await citizen.PostFormAsync($"/aangifte/{draftId}/controleren", new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        var aangifte = await app.WithDbAsync(db => db.Set<SubmittedAangifte>().AsNoTracking().SingleAsync(a => a.DraftId == draftId));
        var stored = await app.WithDbAsync(db => db.Set<Attachment>().AsNoTracking().Where(a => a.AangifteId == aangifte.Id).OrderBy(a => a.CreatedAt).ToListAsync());
        Assert.Equal(2, stored.Count);
        Assert.All(stored, a => Assert.Null(a.DraftId));
        Assert.DoesNotContain("Exif", Encoding.Latin1.GetString(stored[0].Content));
        Assert.Equal(64, stored[0].Sha256.Length);

        using var intake = await app.SignInAsStaffAsync(await app.CreateStaffAsync(StaffRoles.Intake, VictimRightsApp.Unit));
        var detail = await intake.GetPageAsync($"/medewerker/intake/{aangifte.Id}");
        Assert.Equal(2, detail.QuerySelectorAll("[data-testid=attachments] li").Length);
        var pdf = await intake.GetAsync($"/medewerker/bijlagen/{stored[1].Id}");
        Assert.Equal(HttpStatusCode.OK, pdf.StatusCode);
        Assert.Equal("attachment", pdf.Content.Headers.ContentDisposition!.DispositionType);
        Assert.Equal("bon fiets.pdf", pdf.Content.Headers.ContentDisposition.FileNameStar ?? pdf.Content.Headers.ContentDisposition.FileName?.Trim('"'));
        var audited = await app.WithDbAsync(db => db.Set<AuditEntry>().AsNoTracking().CountAsync(e => e.Action == "attachment.read" && e.EntityId == stored[1].Id.ToString()));
        Assert.Equal(1, audited);
    }

    [Fact]
    public async Task Another_citizen_and_intake_of_another_unit_get_404_for_the_files()
    {
        await using var app = await VictimRightsApp.StartAsync();
        var draftId = await app.DraftUpToAttachmentsAsync(Bsn);
        using var citizen = await app.SignInAsCitizenAsync(Bsn, Name);
        await citizen.PostFilesAsync($"/aangifte/{draftId}/stap/{Uploads.AttachmentStep}", new Dictionary<string, string> { ["nav"] = "upload" }, [new("fiets.png", TestFiles.Png(), "image/png")]);
        var id = await app.WithDbAsync(db => db.Set<Attachment>().Where(a => a.DraftId == draftId).Select(a => a.Id).SingleAsync());
        using var other = await app.SignInAsCitizenAsync(OtherBsn, "Kees Bakker");

        Assert.Equal(HttpStatusCode.OK, (await citizen.GetAsync($"/mijn/bijlagen/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/mijn/bijlagen/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/mijn/bijlagen/{id}/klein")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/aangifte/{draftId}/stap/{Uploads.AttachmentStep}")).StatusCode);

        await citizen.FinishStepsAsync(draftId);
        await citizen.PostFormAsync($"/aangifte/{draftId}/controleren", new Dictionary<string, string>());
        using var elsewhere = await app.SignInAsStaffAsync(await app.CreateStaffAsync(StaffRoles.Intake, VictimRightsApp.OtherUnit));
        Assert.Equal(HttpStatusCode.NotFound, (await elsewhere.GetAsync($"/medewerker/bijlagen/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await elsewhere.GetAsync($"/medewerker/bijlagen/{id}/klein")).StatusCode);
        using var ownUnit = await app.SignInAsStaffAsync(await app.CreateStaffAsync(StaffRoles.Intake, VictimRightsApp.Unit));
        Assert.Equal(HttpStatusCode.OK, (await ownUnit.GetAsync($"/medewerker/bijlagen/{id}/klein")).StatusCode);
    }

    [Fact]
    public async Task A_disguised_file_is_refused_by_name_with_the_reason_and_the_good_file_beside_it_is_kept()
    {
        await using var app = await VictimRightsApp.StartAsync();
        var draftId = await app.DraftUpToAttachmentsAsync(Bsn);
        using var citizen = await app.SignInAsCitizenAsync(Bsn, Name);
        var step = $"/aangifte/{draftId}/stap/{Uploads.AttachmentStep}";

        var response = await citizen.PostFilesAsync(step, new Dictionary<string, string> { ["nav"] = "next" },
            [new("vakantie.jpg", Encoding.UTF8.GetBytes("<html><script>alert(1)</script></html>")), new("schade.png", TestFiles.Png(), "image/png")]);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.ParseAsync();
        var error = page.QuerySelector("#form-errors")!.TextContent;
        Assert.Contains("vakantie.jpg is een webpagina (HTML)", error);
        Assert.Single(page.QuerySelectorAll("[data-testid=attachments] li"));
        var draft = await app.WithDbAsync(db => db.Set<AangifteDraft>().AsNoTracking().SingleAsync(d => d.Id == draftId));
        Assert.Equal(Uploads.AttachmentStep - 1, draft.CompletedSteps);
        Assert.Equal("Mijn e-bike stond op slot bij het station. Toen ik terugkwam was hij weg.", draft.Answers["description"]);

        var english = await citizen.PostFilesAsync(step + "?culture=en", new Dictionary<string, string> { ["nav"] = "upload" },
            [new("rekening.pdf", TestFiles.Pdf("<< /S /JavaScript /JS (app.alert(1)) >>"), "application/pdf")]);
        Assert.Contains("rekening.pdf contains program code or embedded files", (await english.ParseAsync()).QuerySelector("#form-errors")!.TextContent);
    }

    [Fact]
    public async Task A_file_can_be_removed_and_the_step_can_be_skipped()
    {
        await using var app = await VictimRightsApp.StartAsync();
        var draftId = await app.DraftUpToAttachmentsAsync(Bsn);
        using var citizen = await app.SignInAsCitizenAsync(Bsn, Name);
        var step = $"/aangifte/{draftId}/stap/{Uploads.AttachmentStep}";
        await citizen.PostFilesAsync(step, new Dictionary<string, string> { ["nav"] = "upload" }, [new("fiets.jpg", TestFiles.Jpeg())]);
        var id = await app.WithDbAsync(db => db.Set<Attachment>().Where(a => a.DraftId == draftId).Select(a => a.Id).SingleAsync());

        var removed = await citizen.PostFilesAsync(step, new Dictionary<string, string> { ["remove"] = id.ToString() }, []);

        Assert.Equal(HttpStatusCode.Redirect, removed.StatusCode);
        Assert.Equal(0, await app.WithDbAsync(db => db.Set<Attachment>().CountAsync(a => a.DraftId == draftId)));
        var next = await citizen.PostFilesAsync(step, new Dictionary<string, string> { ["nav"] = "next" }, []);
        Assert.EndsWith($"/stap/{Uploads.AttachmentStep + 1}", next.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task A_50_megabyte_upload_is_refused_with_413_and_a_plain_message()
    {
        await using var app = await VictimRightsApp.StartAsync();
        var draftId = await app.DraftUpToAttachmentsAsync(Bsn);
        using var citizen = await app.SignInAsCitizenAsync(Bsn, Name);

        var response = await citizen.PostFilesAsync($"/aangifte/{draftId}/stap/{Uploads.AttachmentStep}", new Dictionary<string, string> { ["nav"] = "upload" },
            [new("groot.jpg", new byte[50 * 1024 * 1024])]);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Contains("te groot", await response.Content.ReadAsStringAsync());
        Assert.Equal(0, await app.WithDbAsync(db => db.Set<Attachment>().CountAsync(a => a.DraftId == draftId)));
    }

    [Fact]
    public async Task A_file_over_10_megabytes_in_an_allowed_body_is_refused_by_name()
    {
        await using var app = await VictimRightsApp.StartAsync();
        var draftId = await app.DraftUpToAttachmentsAsync(Bsn);
        using var citizen = await app.SignInAsCitizenAsync(Bsn, Name);
        byte[] big = [.. TestFiles.Jpeg(), .. new byte[11 * 1024 * 1024]];

        var response = await citizen.PostFilesAsync($"/aangifte/{draftId}/stap/{Uploads.AttachmentStep}", new Dictionary<string, string> { ["nav"] = "upload" },
            [new("vakantiefoto.jpg", big)]);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("vakantiefoto.jpg is groter dan 10 MB", (await response.ParseAsync()).QuerySelector("#form-errors")!.TextContent);
    }
}
