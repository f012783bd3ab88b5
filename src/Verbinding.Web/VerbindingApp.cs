using Verbinding.Web.Features.Aangifte;
using Verbinding.Web.Features.Appointments;
using Verbinding.Web.Features.Assistant;
using Verbinding.Web.Features.Attachments;
using Verbinding.Web.Features.Audit;
using Verbinding.Web.Features.Cases;
using Verbinding.Web.Features.Citizens;
using Verbinding.Web.Features.Contacts;
using Verbinding.Web.Features.Monitor;
using Verbinding.Web.Features.Conversations;
using Verbinding.Web.Features.Demo;
using Verbinding.Web.Features.Conversations.Messaging;
using Verbinding.Web.Features.Meldingen;
using Verbinding.Web.Features.Notifications;
using Verbinding.Web.Features.Organisation;
using Verbinding.Web.Features.Privacy;
using Verbinding.Web.Features.Referrals;
using Verbinding.Web.Features.ServiceClocks;
using Verbinding.Web.Features.ServiceLevels;
using Verbinding.Web.Features.Staff;
using Verbinding.Web.Features.Triage;
using Verbinding.Web.Features.VictimRights;
using Verbinding.Web.Features.TriagePolicies;
using Verbinding.Web.Infrastructure.Data;
using Verbinding.Web.Infrastructure.Jobs;
using Verbinding.Web.Infrastructure.Localization;
using Verbinding.Web.Infrastructure.Notifications;
using Verbinding.Web.Infrastructure.Observability;
using Verbinding.Web.Infrastructure.Web;

namespace Verbinding.Web;

/// <summary>
/// The table of contents of the application: every feature's registration and endpoints, in one place.
/// The web host and the operators' CLI compose the same services from here.
/// </summary>
public static class VerbindingApp
{
    public static WebApplicationBuilder AddVerbinding(this WebApplicationBuilder builder)
    {
        builder.AddTelemetry();
        builder.AddVerbindingData();
        builder.AddOrganisation();
        builder.AddWebPlatform();
        builder.AddProblems();
        builder.AddRateLimits();
        builder.AddHealth();
        builder.AddApiDocs();
        builder.AddAudit();
        builder.AddJobs();
        builder.AddNotifications();
        builder.AddNotificationsAdmin();
        builder.AddServiceClocks();
        builder.AddStaffIdentity();
        builder.AddCitizenIdentity();
        builder.AddAssistant();
        builder.AddTriage();
        builder.AddTriagePolicies();
        builder.AddMonitor();
        builder.AddConversations();
        builder.AddServiceLevels();
        builder.AddContacts();
        builder.AddMeldingen();
        builder.AddDemoData();
        builder.AddAangifte();
        builder.AddAttachments();
        builder.AddCases();
        builder.AddAppointments();
        builder.AddVictimRights();
        builder.AddPrivacy();
        builder.AddReferrals();
        builder.AddVerbindingLocalization();
        builder.Services.AddRazorPages(o => o.RootDirectory = "/Features");
        return builder;
    }

    public static WebApplication UseVerbinding(this WebApplication app)
    {
        app.UseForwardedHeaders();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        if (!app.Environment.IsDevelopment())
        {
            app.UseHsts();
        }
        app.UseSecurityHeaders();
        app.UseStaticFiles();
        app.UseRequestActivity(); // after static files: a page's stylesheet is not a citizen waiting
        app.UseVerbindingLocalization();
        app.UseUploadLimit();
        app.UseRouting();
        app.UseRateLimiter();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseAntiforgery();

        app.MapHealth();
        app.MapTelemetry();
        app.MapApiDocs();
        app.MapAuditApi();
        app.MapTriageApi();
        app.MapMonitorApi();
        app.MapMeldingenApi();
        app.MapAangifteApi();
        app.MapAttachmentsApi();
        app.MapRazorPages();
        app.MapCitizenIdentity();
        app.MapConversationsApi();
        app.MapWhatsAppWebhook();
        return app;
    }
}
