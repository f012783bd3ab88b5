using System.Text.Json;
using Verbinding.Web.Features.Monitor.Data;
using Verbinding.Web.Features.Monitor.Invitations;
using Verbinding.Web.Infrastructure.Notifications;
using Verbinding.Web.Tests.Cases;
using Verbinding.Web.Tests.Infrastructure;
using Verbinding.Web.Tests.Notifications;
using Verbinding.Web.Tests.VictimRights;

namespace Verbinding.Web.Tests.Privacy;

/// <summary>"Mijn gegevens" also lists the citizen's appointments, survey invitations and the messages sent to them, and nobody else's.</summary>
public sealed class ExportCompletenessTests
{
    private const string Bsn = "999990019";
    private const string Name = "Anna Aalders";
    private const string OtherEmail = "bert@example.nl";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_export_holds_the_citizens_appointment_survey_invitation_and_notifications_but_none_of_another_citizen()
    {
        await using var app = await VictimRightsApp.StartAsync();
        var aangifte = await app.FileTwiceAsync(Bsn, Name); // contact e-mail jan@example.nl: receipt and case access code
        await app.AddAppointmentAsync("AF-OWN00001", VictimRightsApp.Unit, "Jan@Example.nl"); // stored without key hashes, as booked before they existed
        await app.AddAppointmentAsync("AF-OTHER001", VictimRightsApp.Unit, OtherEmail);
        await app.AddInvitationAsync(SurveyContactReferences.Aangifte(aangifte.Id));
        await app.AddInvitationAsync(SurveyContactReferences.Aangifte(Guid.NewGuid()));
        Assert.True(await app.EnqueueAsync(new NotificationRequest("other-citizen:1", NotificationChannel.Email, OtherEmail, "nl",
            NotificationTemplateIds.EnqueteUitnodiging, new Dictionary<string, string> { ["link"] = "/enquete/x" })));

        using var citizen = await app.SignInAsCitizenAsync(Bsn, Name);
        using var json = JsonDocument.Parse(await (await citizen.GetAsync("/mijn/gegevens?handler=Json", Ct)).Content.ReadAsStringAsync(Ct));
        var sections = json.RootElement.GetProperty("sections");

        var appointment = Assert.Single(sections.GetProperty("appointments").EnumerateArray());
        Assert.Equal("AF-OWN00001", appointment.GetProperty("reference").GetString());
        var invitation = Assert.Single(sections.GetProperty("surveyInvitations").EnumerateArray());
        Assert.Equal(SurveyContactReferences.Aangifte(aangifte.Id), invitation.GetProperty("contact").GetString());
        var templates = sections.GetProperty("notifications").EnumerateArray().Select(n => n.GetProperty("template").GetString()).Order().ToList();
        Assert.Equal([NotificationTemplateIds.AangifteOntvangen, NotificationTemplateIds.ZaakToegang], templates);
        var raw = json.RootElement.GetRawText();
        Assert.DoesNotContain(OtherEmail, raw, StringComparison.Ordinal);
        Assert.DoesNotContain("\"code\"", raw, StringComparison.Ordinal); // the access code stays out

        var summary = await citizen.GetPageAsync("/mijn/gegevens");
        Assert.Equal("1", summary.QuerySelector("[data-category=appointments] td:last-child")!.TextContent.Trim());
        var pdf = await citizen.GetAsync("/mijn/gegevens?handler=Pdf", Ct);
        Assert.Equal("application/pdf", pdf.Content.Headers.ContentType!.MediaType);
    }
}

internal static class ExportCompletenessApp
{
    /// <summary>An invitation as the monitor stores it after sending (the token itself is never stored).</summary>
    public static Task<int> AddInvitationAsync(this VerbindingApplication app, string contactReference) => app.WithDbAsync(db =>
    {
        var now = DateTimeOffset.UtcNow;
        db.Add(new SurveyInvitation
        {
            Id = Guid.NewGuid(), TokenHash = Convert.ToHexStringLower(Guid.NewGuid().ToByteArray()) + Convert.ToHexStringLower(Guid.NewGuid().ToByteArray()),
            ContactReference = contactReference, EenheidId = VictimRightsApp.Unit, Channel = "web", ContactType = "aangifte",
            CreatedAt = now, SentAt = now, ExpiresAt = now.AddDays(14),
        });
        return db.SaveChangesAsync();
    });
}
