using Microsoft.EntityFrameworkCore;
using Verbinding.Web.Features.Cases;
using Verbinding.Web.Features.ServiceClocks;
using Verbinding.Web.Tests.Infrastructure;
using Verbinding.Web.Tests.Notifications;
using Verbinding.Web.Tests.Security;

namespace Verbinding.Web.Tests.Cases;

/// <summary>Intent methods for case follow-up: an app that mails through a real SMTP server, status posts, the case's clock.</summary>
internal static class CaseFollowUpApp
{
    public static Task<VerbindingApplication> StartAsync(TestSmtpServer smtp) => VerbindingApplication.StartAsync(s =>
    {
        MatrixFixture.HighRateLimits(s);
        smtp.Configure(s);
        s["Notifications:PortalBaseUrl"] = NotificationsApp.PortalBaseUrl;
    }, kestrel: true);

    /// <summary>A colleague opens a case from a logged phone call and gives the citizen's e-mail address.</summary>
    public static async Task<CaseFile> OpenFromPhoneCallAsync(this VerbindingApplication app, HttpClient staff, string bsn, string unit, string email)
    {
        var contactId = await app.LogPhoneCallAsync(bsn, unit, "Wordt lastiggevallen door een ex-partner.");
        await staff.PostFormAsync($"/medewerker/zaken/openen?type=contact&id={contactId}",
            new Dictionary<string, string> { ["Type"] = "contact", ["Id"] = contactId.ToString(), ["Subject"] = "Belaging", ["Email"] = email });
        return Assert.Single(await app.CasesOfAsync(CaseItemTypes.Contact, contactId.ToString()));
    }

    public static Task<HttpResponseMessage> PostStatusAsync(this HttpClient staff, string number, string status, string reason = "") =>
        staff.PostFormAsync($"/medewerker/zaken/{number}",
            new Dictionary<string, string> { ["NewStatus"] = status, ["Reason"] = reason }, "form[action*='handler=Status']");

    public static Task<ServiceClockRecord> ClockOfAsync(this VerbindingApplication app, string number) =>
        app.WithDbAsync(db => db.Set<ServiceClockRecord>().AsNoTracking().SingleAsync(c => c.SubjectType == "Case" && c.SubjectId == number));
}
