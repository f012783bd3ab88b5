using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Verbinding.Web.Features.Attachments;
using Verbinding.Web.Features.Staff;
using Verbinding.Web.Tests.Infrastructure;
using Verbinding.Web.Tests.VictimRights;

namespace Verbinding.Web.Tests.Attachments;

/// <summary>Files with case messages on /mijn/zaken/{id} and the intake page: same checks as the wizard, same access rules.</summary>
public sealed class MessageAttachmentTests
{
    private const string Bsn = "999991772";
    private const string Name = "Petra de Boer";

    [Fact]
    public async Task Citizen_and_handler_exchange_files_with_their_messages_and_each_sees_the_others()
    {
        await using var app = await VictimRightsApp.StartAsync();
        var aangifte = await app.FileBicycleTheftAsync(Bsn, Name);
        using var citizen = await app.SignInAsCitizenAsync(Bsn, Name);
        var casePage = $"/mijn/zaken/{aangifte.Id}";

        var sent = await citizen.PostFilesAsync(casePage, new Dictionary<string, string> { ["Message"] = "Hier is de foto van mijn fiets." },
            [new("fiets.jpg", TestFiles.JpegWithExif(60, 30, orientation: 1))], "form[data-action=message]");
        Assert.Equal(HttpStatusCode.OK, sent.StatusCode);
        Assert.NotNull((await sent.ParseAsync()).QuerySelector("[data-testid=message-sent]"));

        using var intake = await app.SignInAsStaffAsync(await app.CreateStaffAsync(StaffRoles.Intake, VictimRightsApp.Unit));
        var detailUrl = $"/medewerker/intake/{aangifte.Id}";
        var detail = await intake.GetPageAsync(detailUrl);
        var thumbnail = detail.QuerySelector("[data-from=citizen] [data-testid=attachments] img")!.GetAttribute("src")!;
        Assert.StartsWith("/medewerker/bijlagen/", thumbnail);
        Assert.Equal(HttpStatusCode.OK, (await intake.GetAsync(thumbnail)).StatusCode);

        var reply = await intake.PostFilesAsync(detailUrl, new Dictionary<string, string> { ["Reply"] = "Dank u. Hierbij het proces-verbaal." },
            [new("pv.pdf", TestFiles.Pdf("BT (Proces-verbaal) Tj ET"), "application/pdf")], "form[data-action=reply]");
        Assert.Equal(HttpStatusCode.OK, reply.StatusCode);

        var mine = await citizen.GetPageAsync(casePage);
        var link = mine.QuerySelector("[data-from=police] [data-testid=attachments] a")!;
        Assert.Equal("pv.pdf downloaden", link.TextContent.Trim());
        var pdf = await citizen.GetAsync(link.GetAttribute("href")!);
        Assert.Equal("application/pdf", pdf.Content.Headers.ContentType!.MediaType);
        Assert.Equal("attachment", pdf.Content.Headers.ContentDisposition!.DispositionType);
        var rows = await app.WithDbAsync(db => db.Set<Attachment>().AsNoTracking().Where(a => a.AangifteId == aangifte.Id).ToListAsync());
        Assert.Equal(2, rows.Count);
        Assert.All(rows, a => Assert.NotNull(a.MessageId));
        Assert.Single(rows, a => a.UploadedByStaffId is not null);
    }

    [Fact]
    public async Task A_refused_file_keeps_the_typed_message_and_sends_nothing()
    {
        await using var app = await VictimRightsApp.StartAsync();
        var aangifte = await app.FileBicycleTheftAsync(Bsn, Name);
        using var citizen = await app.SignInAsCitizenAsync(Bsn, Name);

        var response = await citizen.PostFilesAsync($"/mijn/zaken/{aangifte.Id}", new Dictionary<string, string> { ["Message"] = "Zie bijlage." },
            [new("screenshot.jpg", Encoding.ASCII.GetBytes("MZ\u0090\0 not a picture"))], "form[data-action=message]");

        var page = await response.ParseAsync();
        Assert.Contains("screenshot.jpg is een programma", page.QuerySelector("#form-errors")!.TextContent);
        Assert.Equal("Zie bijlage.", page.QuerySelector("#message")!.TextContent);
        Assert.Equal(0, await app.WithDbAsync(db => db.Set<Verbinding.Web.Features.Aangifte.CaseMessage>().CountAsync(m => m.AangifteId == aangifte.Id)));
    }

    [Fact]
    public async Task Intake_of_another_unit_cannot_reply_with_a_file_or_read_the_citizens()
    {
        await using var app = await VictimRightsApp.StartAsync();
        var aangifte = await app.FileBicycleTheftAsync(Bsn, Name);
        using var citizen = await app.SignInAsCitizenAsync(Bsn, Name);
        await citizen.PostFilesAsync($"/mijn/zaken/{aangifte.Id}", new Dictionary<string, string> { ["Message"] = "Foto." },
            [new("fiets.png", TestFiles.Png(), "image/png")], "form[data-action=message]");
        var id = await app.WithDbAsync(db => db.Set<Attachment>().Where(a => a.AangifteId == aangifte.Id).Select(a => a.Id).SingleAsync());

        using var elsewhere = await app.SignInAsStaffAsync(await app.CreateStaffAsync(StaffRoles.Intake, VictimRightsApp.OtherUnit));

        Assert.Equal(HttpStatusCode.NotFound, (await elsewhere.GetAsync($"/medewerker/bijlagen/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await elsewhere.GetAsync($"/medewerker/intake/{aangifte.Id}")).StatusCode);
        using var wijkagent = await app.SignInAsStaffAsync(await app.CreateStaffAsync(StaffRoles.Wijkagent, VictimRightsApp.Unit));
        Assert.NotEqual(HttpStatusCode.OK, (await wijkagent.GetAsync($"/medewerker/bijlagen/{id}")).StatusCode);
    }
}
