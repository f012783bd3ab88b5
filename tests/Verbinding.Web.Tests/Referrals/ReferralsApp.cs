using System.Text.Json;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Verbinding.Web.Features.Referrals;
using Verbinding.Web.Infrastructure.Notifications;
using Verbinding.Web.Tests.Infrastructure;
using Verbinding.Web.Tests.Notifications;
using Verbinding.Web.Tests.Security;

namespace Verbinding.Web.Tests.Referrals;

/// <summary>Intent methods for warm-handover tests: an app whose partners have intake mailboxes on a real SMTP server.</summary>
internal static class ReferralsApp
{
    public const string Intake = "intake@slachtofferhulp.test";

    public static Task<VerbindingApplication> StartAsync(TestSmtpServer? smtp = null) => VerbindingApplication.StartAsync(s =>
    {
        MatrixFixture.HighRateLimits(s);
        smtp?.Configure(s);
        WithPartners(s);
    }, kestrel: true);

    /// <summary>The partners' intake mailboxes, and the portal address the links in messages start with.</summary>
    public static void WithPartners(Dictionary<string, string?> s)
    {
        s["Notifications:PortalBaseUrl"] = NotificationsApp.PortalBaseUrl;
        s["Referrals:Partners:slachtofferhulp:IntakeEmail"] = Intake;
        s["Referrals:Partners:veilig-thuis:IntakeEmail"] = "intake@veiligthuis.test";
        // Configured on purpose: the directory says no warm handover, and that must win.
        s["Referrals:Partners:fraudehelpdesk:IntakeEmail"] = "intake@fraudehelpdesk.test";
    }

    public static async Task<ReferralCreated> CreateAsync(this VerbindingApplication app, string partner = "slachtofferhulp",
        string? bsn = null, Guid? aangifteId = null, params string[] share)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var values = new Dictionary<string, string?> { [ConsentItems.Phone] = "0612345678", [ConsentItems.Name] = "Anna de Vries" };
        return await scope.ServiceProvider.GetRequiredService<ReferralService>().CreateAsync(new ReferralRequest(
            partner, ReferralSource.DecisionAid, null, aangifteId, bsn, null, values, share.Length == 0 ? [ConsentItems.Phone] : share, null, "nl"));
    }

    /// <summary>The partner's first link, as it stands in the outbox row of the partner e-mail.</summary>
    public static async Task<string> PartnerLinkAsync(this VerbindingApplication app, Guid referralId)
    {
        var row = await app.NotificationAsync(ReferralService.PartnerKeyPrefix + referralId);
        return JsonSerializer.Deserialize<Dictionary<string, string>>(row.ModelJson)!["link"];
    }

    public static Task<int> ReferralCountAsync(this VerbindingApplication app) => app.WithDbAsync(db => db.Set<Referral>().CountAsync());

    public static Task<int> PartnerNotificationCountAsync(this VerbindingApplication app) =>
        app.WithDbAsync(db => db.Set<OutboxNotification>().CountAsync(n => n.Channel == NotificationChannel.Partner));

    /// <summary>Submits a form of a page already fetched: its own fields (hidden inputs, ticked boxes) overridden by <paramref name="fields"/>.</summary>
    public static async Task<HttpResponseMessage> SubmitAsync(this HttpClient client, IHtmlDocument page, string selector, IEnumerable<KeyValuePair<string, string>> fields, string? fallbackUrl = null)
    {
        var form = (IHtmlFormElement)(page.QuerySelector(selector) ?? throw new InvalidOperationException($"No form {selector}"));
        var overridden = fields.ToList();
        var names = overridden.Select(f => f.Key).ToHashSet();
        var values = form.QuerySelectorAll("input").OfType<IHtmlInputElement>()
            .Where(i => i.Name is not null && !names.Contains(i.Name) && (i.Type != "checkbox" || i.IsChecked) && i.Type != "email" && i.Type != "text" && i.Type != "tel")
            .Select(i => KeyValuePair.Create(i.Name!, i.Value)).Concat(overridden).ToList();
        var action = string.IsNullOrEmpty(form.GetAttribute("action")) ? fallbackUrl! : form.GetAttribute("action")!;
        return await client.PostAsync(action, new FormUrlEncodedContent(values));
    }

    public static async Task<IHtmlDocument> PageAsync(this HttpResponseMessage response) =>
        await new HtmlParser().ParseDocumentAsync(await response.Content.ReadAsStringAsync());
}
