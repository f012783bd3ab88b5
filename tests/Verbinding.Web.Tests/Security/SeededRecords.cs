using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Verbinding.Web.Features.Audit;
using Verbinding.Web.Features.Meldingen;
using Verbinding.Web.Features.Staff.Tokens;
using Verbinding.Web.Tests.Conversations;
using Verbinding.Web.Tests.Infrastructure;
using Verbinding.Web.Tests.Meldingen;
using Verbinding.Web.Tests.Monitor;

namespace Verbinding.Web.Tests.Security;

/// <summary>
/// Real records owned by citizen A in unit X (and a few of B's), created through the real APIs and services, so route
/// parameters point at data that exists and "another's data" is really asked for. Each carries a marker text that no
/// outsider may ever see in a response body.
/// </summary>
public sealed record SeededRecords(
    string MeldingReference, string TrackingCodeA, string TrackingCodeB, long BundleId,
    string ConversationId, string ConversationTokenA, string ConversationTokenB, string SurveyTokenA,
    string TokenWithScope, string TokenWithoutScope, IReadOnlyList<string> Markers,
    Guid DraftId, Guid AangifteId, string RegistrationNumber, Guid CitizenIdA, Guid ReferralId, Guid AttachmentId, string CaseNumber)
{
    public const string UnitXMunicipality = "Utrecht";

    public static async Task<SeededRecords> CreateAsync(VerbindingApplication app, string supervisorXId)
    {
        var id = Guid.NewGuid().ToString("N")[..10];
        string meldingMarker = $"MeldingMarkerA{id}", chatMarker = $"ChatMarkerA{id}", auditMarker = $"AuditMarkerX{id}";
        string aangifteMarker = $"AangifteMarkerA{id}", contactMarker = $"ContactMarkerA{id}";
        using var api = app.CreateBrowserClient();

        var meldingA = await RegisterAsync(api, MeldingenApp.Melding(description: $"Harde muziek bij de buren, kenmerk {meldingMarker}."));
        var meldingB = await RegisterAsync(api, MeldingenApp.Melding(municipality: "Rotterdam", street: "Coolsingel", description: "Steeds harde muziek in de nacht."));
        var bundleId = await app.WithDbAsync(db => db.Set<Melding>().Where(m => m.Reference == meldingA.Reference).Select(m => m.BundleId).SingleAsync());

        var chatA = await api.StartChatAsync(municipality: UnitXMunicipality);
        await api.SayAsync(chatA, $"Mijn fiets is gestolen, kenmerk {chatMarker}");
        await api.SayAsync(chatA, ChatApi.Medewerker);
        var chatB = await api.StartChatAsync(municipality: "Rotterdam");

        var survey = await app.InviteAsync(MonitorData.Contact(eenheid: Principals.UnitX));
        await app.AddResponsesAsync(MonitorData.Contact(eenheid: Principals.UnitX), MonitorData.Answers(12, 3));
        await app.Services.GetRequiredService<AuditTrail>().RecordAsync(
            new AuditEvent("read", "Case", auditMarker, "handling"), new AuditActor("staff:x", "Intake", Principals.UnitX, null));

        var (draftId, aangifteId, registrationNumber) = await SeededAangifte.FileAsync(app, aangifteMarker);
        var attachmentId = await app.WithDbAsync(db => db.Set<Verbinding.Web.Features.Attachments.Attachment>()
            .Where(a => a.AangifteId == aangifteId).Select(a => a.Id).SingleAsync());
        var citizenIdA = await SeededContact.LogAsync(app, contactMarker, chatA.Id);
        var referralId = await SeededReferral.CreateAsync(app, aangifteId);
        var aangifteKey = aangifteId.ToString();
        var caseNumber = await app.WithDbAsync(db => db.Set<Verbinding.Web.Features.Cases.CaseFile>()
            .Where(c => c.OriginType == "aangifte" && c.OriginId == aangifteKey).Select(c => c.Number).SingleAsync());

        await using var scope = app.Services.CreateAsyncScope();
        var tokens = scope.ServiceProvider.GetRequiredService<TokenService>();
        var scoped = await tokens.CreateAsync(supervisorXId, "BI", [ApiScopes.AuditRead, ApiScopes.MonitorRead], 30, default);
        var unscoped = await tokens.CreateAsync(supervisorXId, "Other", [ApiScopes.CasesRead], 30, default);

        return new SeededRecords(meldingA.Reference, meldingA.Code, meldingB.Code, bundleId,
            chatA.Id, chatA.Token, chatB.Token, survey.Token!, scoped.Secret, unscoped.Secret,
            [meldingMarker, chatMarker, auditMarker, aangifteMarker, contactMarker], draftId, aangifteId, registrationNumber, citizenIdA, referralId, attachmentId, caseNumber);
    }

    /// <summary>Fills a route pattern with the ids of A's records (X's unit); a survey link only A has.</summary>
    public string Fill(string pattern, Principal principal) => RouteValues.Replace(pattern, name => name switch
    {
        "id" when pattern.Contains("{id:long}", StringComparison.Ordinal) => BundleId.ToString(System.Globalization.CultureInfo.InvariantCulture),
        "id" when pattern.StartsWith("/aangifte/{id", StringComparison.Ordinal) => DraftId.ToString(),
        // The photo on A's registered aangifte (unit X).
        "id" when pattern.StartsWith("/mijn/bijlagen/", StringComparison.Ordinal) || pattern.StartsWith("/medewerker/bijlagen/", StringComparison.Ordinal) => AttachmentId.ToString(),
        "id" when pattern.StartsWith("/aangifte/ontvangen/", StringComparison.Ordinal) || pattern.StartsWith("/mijn/zaken/", StringComparison.Ordinal)
            || pattern.StartsWith("/medewerker/intake/", StringComparison.Ordinal)
            || pattern.StartsWith("/medewerker/slachtofferrechten/", StringComparison.Ordinal) => AangifteId.ToString(),
        "id" when pattern.StartsWith("/medewerker/burgers/", StringComparison.Ordinal) => CitizenIdA.ToString(),
        "id" when pattern.StartsWith("/mijn/verwijzingen/", StringComparison.Ordinal) || pattern.StartsWith("/medewerker/verwijzingen/", StringComparison.Ordinal) => ReferralId.ToString(),
        // The national triage policy as seeded from reference/triage.
        "id" when pattern.StartsWith("/medewerker/triagebeleid/", StringComparison.Ordinal) => "1",
        // The transcript of A's chat (/mijn/contact/{id}/transcript) is the conversation's id too.
        "id" => ConversationId,
        "number" when pattern.StartsWith("/medewerker/zaken/", StringComparison.Ordinal) => CaseNumber,
        "number" => "1",
        "registrationNumber" => RegistrationNumber,
        "reference" => MeldingReference,
        "token" => principal == Principal.CitizenA ? SurveyTokenA : "ongeldig" + Guid.NewGuid().ToString("N"),
        "documentName" => "v1",
        _ => "x",
    });

    /// <summary>The capabilities a principal presents: A its own, B its own (for A's records), everyone else none.</summary>
    public IEnumerable<(string Header, string Value)> CapabilityHeaders(Principal principal) => principal switch
    {
        Principal.CitizenA => [("X-Conversation-Token", ConversationTokenA), ("X-Tracking-Code", TrackingCodeA)],
        Principal.CitizenB => [("X-Conversation-Token", ConversationTokenB), ("X-Tracking-Code", TrackingCodeB)],
        _ => [],
    };

    private static async Task<(string Reference, string Code)> RegisterAsync(HttpClient client, object melding)
    {
        var response = await client.PostMeldingAsync(melding);
        Assert.Equal(System.Net.HttpStatusCode.Created, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>();
        return (body.GetProperty("reference").GetString()!, body.GetProperty("trackingCode").GetString()!);
    }
}
