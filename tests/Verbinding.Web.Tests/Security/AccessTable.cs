using Verbinding.Web.Features.Staff.Tokens;
using static Verbinding.Web.Features.Staff.StaffRoles;

namespace Verbinding.Web.Tests.Security;

/// <summary>
/// What the matrix sends to one endpoint besides the route: a JSON body or form fields that pass validation, so
/// authorization (not validation) decides; whether to leave out the antiforgery token (sign-out forms would end the
/// session); <paramref name="Status"/> when the page answers one fixed status to everybody (the access-denied page).
/// </summary>
public sealed record AccessRule(
    Access Access, string? Body = null, bool WithoutAntiforgery = false,
    IReadOnlyDictionary<string, string>? Form = null, int? Status = null);

/// <summary>
/// The expected-access table: every endpoint of the inventory by key ("METHOD /pattern[?handler=Name]") or by
/// "* /pattern" for all methods and handlers. A new endpoint fails <c>Every_endpoint_is_in_the_access_table</c> until
/// its team adds a line here. Route parameters point at citizen A's / unit X's records (<see cref="SeededRecords"/>).
/// </summary>
public static class AccessTable
{
    private static readonly string[] MeldingRoles = [Wijkagent, Supervisor, ServiceAgent, Administrator];
    private static readonly string[] ChatRoles = [ServiceAgent, Supervisor, Administrator];
    private static readonly string[] Supervision = [Supervisor, Administrator];
    // Intake pages: [Authorize(Roles = Intake,Supervisor)]; administrators do not judge aangiftes.
    private static readonly string[] IntakeRoles = [Intake, Supervisor];
    // ContactRoles.Roles: colleagues who talk to citizens and their supervisors, not analysts.
    private static readonly string[] ContactRoles = [ServiceAgent, Intake, Wijkagent, Supervisor, Administrator];
    // CaseRoles.Roles: colleagues who handle citizens' matters and their supervisors.
    private static readonly string[] CaseRoles = [ServiceAgent, Intake, Wijkagent, Supervisor];

    public static readonly IReadOnlyDictionary<string, AccessRule> Rules = new Dictionary<string, AccessRule>
    {
        // Operations and documentation
        ["* /health/live"] = new(Access.Public),
        ["* /health/ready"] = new(Access.Public),
        ["* /metrics"] = new(Access.Public),
        ["* /openapi/{documentName}.json"] = new(Access.Public),
        ["* /api-docs/{documentName?}"] = new(Access.Public),
        ["* /api-docs/favicon.svg"] = new(Access.Public),
        ["* /api-docs/scalar.js"] = new(Access.Public),
        ["* /api-docs/scalar.aspnetcore.js"] = new(Access.Public),
        ["* /taal"] = new(Access.Public),

        // Public pages
        ["* /"] = new(Access.Public),
        ["* /privacy"] = new(Access.Public),
        ["* /toegankelijkheid"] = new(Access.Public),
        ["* /hulp"] = new(Access.Public),
        ["* /wat-kan-ik-doen"] = new(Access.Public),
        ["* /melding"] = new(Access.Public),
        ["* /melding/nieuw"] = new(Access.Public),
        ["* /melding/bevestiging"] = new(Access.Public),
        ["* /melding/volgen"] = new(Access.Public),
        ["* /chat"] = new(Access.Public),
        ["* /verify"] = new(Access.Public),
        // Appointments: booking is open to everyone; the manage link is the capability (an unknown token shows "not valid", 200).
        ["* /afspraak"] = new(Access.Public),
        ["* /afspraak/bevestiging"] = new(Access.Public),
        ["* /afspraak/beheren/{token}"] = new(Access.Public),
        ["* /terugbellen"] = new(Access.Public),
        // Warm handover: the consent page is open (an unknown partner leads to /hulp); the citizen's status link and
        // the partner's step link are the capability (unknown: 404 and 410 for everybody; withdrawing is a form post on the status link).
        ["* /hulp/overdracht"] = new(Access.Public),
        ["* /verwijzing/{token}"] = new(Access.Public, Status: 404),
        ["GET /partner/verwijzing/{token}"] = new(Access.Public, Status: 410),
        ["POST /partner/verwijzing/{token}"] = new(Access.Public),
        // The case page without DigiD: number and code are the capability; a wrong pair shows the generic error (200).
        ["* /zaak"] = new(Access.Public),
        // The WhatsApp simulator runs in Development and Testing only (SimulatorEnabled: 404 in Production).
        ["* /dev/whatsapp"] = new(Access.Public),

        // Aangifte: the guide and eligibility questions are public, the wizard needs DigiD and the draft is A's own.
        ["* /aangifte"] = new(Access.Public),
        ["* /aangifte/nieuw"] = new(Access.Public),
        ["* /aangifte/start"] = new(Access.Citizen),
        ["* /aangifte/{id:guid}/stap/{number:int}"] = new(Access.CitizenOwn),
        ["* /aangifte/{id:guid}/controleren"] = new(Access.CitizenOwn),
        ["* /aangifte/ontvangen/{id:guid}"] = new(Access.CitizenOwn),
        ["* /mijn/zaken"] = new(Access.Citizen),
        // "Mijn gegevens": the signed-in citizen's own data export (summary, JSON and PDF handlers).
        ["* /mijn/gegevens"] = new(Access.Citizen),
        ["* /mijn/zaken/{id:guid}"] = new(Access.CitizenOwn),
        ["* /mijn/zaken/{id:guid}/bewijs.pdf"] = new(Access.CitizenOwn),
        // Files of A's aangifte (the wizard's photos and case-message files): only A, and intake of unit X below.
        ["GET /mijn/bijlagen/{id:guid}"] = new(Access.CitizenOwn),
        ["GET /mijn/bijlagen/{id:guid}/klein"] = new(Access.CitizenOwn),
        // A valid message to A's aangifte: only ownership decides (another citizen gets 404).
        ["POST /mijn/zaken/{id:guid}?handler=Message"] = new(
            Access.CitizenOwn, Form: new Dictionary<string, string> { ["Message"] = "Ik heb nog een vraag over mijn aangifte." }),
        // A's victims' rights and choices; the posted choices are valid, so only ownership decides.
        ["* /mijn/zaken/{id:guid}/rechten"] = new(Access.CitizenOwn, Form: new Dictionary<string, string>
        {
            ["KeepInformed"] = "ja", ["Slachtofferhulp"] = "nee", ["Compensation"] = "ja", ["ReleaseInformation"] = "nee", ["Language"] = "nl",
        }),
        ["* /mijn/contact"] = new(Access.Citizen),
        ["* /mijn/verwijzingen/{id:guid}"] = new(Access.CitizenOwn),
        ["* /mijn/contact/{id:guid}/transcript"] = new(Access.CitizenOwn),

        // Citizens and the simulated DigiD
        ["* /inloggen"] = new(Access.Public),
        ["* /inloggen/mislukt"] = new(Access.Public),
        ["* /uitloggen"] = new(Access.Public, WithoutAntiforgery: true),
        ["* /mijn"] = new(Access.Citizen),
        ["* /digid-sim/login"] = new(Access.Public),
        ["* /digid-sim/connect/authorize"] = new(Access.Public),
        // The survey link is the capability and the survey is anonymous: an unknown link shows "not valid" (200), never a questionnaire.
        ["* /tevredenheid/{token}"] = new(Access.Public),

        // Public APIs; the melding status and the conversation need A's capability
        ["* /api/v1/triage"] = new(Access.Public),
        ["* /api/v1/triage/policy"] = new(Access.Public),
        ["* /api/v1/meldingen"] = new(Access.Public),
        ["* /api/v1/meldingen/categories"] = new(Access.Public),
        ["* /api/v1/aangifte/types"] = new(Access.Public),
        // Without the verification code nobody learns whether a registration number exists: 404 for everybody.
        ["* /api/v1/verify/{registrationNumber}"] = new(Access.Public, Status: 404),
        // Meta's webhook: the handshake needs the verify token (403 without) and a message needs a valid signature (401 without).
        ["GET /api/v1/channels/whatsapp/webhook"] = new(Access.Public, Status: 403),
        ["POST /api/v1/channels/whatsapp/webhook"] = new(Access.Public, Status: 401),
        ["GET /api/v1/meldingen/{reference}"] = new(Access.CitizenOwn),
        ["POST /api/v1/conversations"] = new(Access.Public),
        ["GET /api/v1/conversations/{id:guid}"] = new(Access.CitizenOwn),
        ["POST /api/v1/conversations/{id:guid}/messages"] = new(Access.CitizenOwn, Body: """{"text":"Hallo, is daar iemand?"}"""),
        // The hub is open; its staff methods carry their own [Authorize] (ChatHubTests) and citizens need a token.
        ["* /hubs/chat"] = new(Access.Public),
        ["* /hubs/chat/negotiate"] = new(Access.Public),

        // APIs for tokens and staff sessions
        ["GET /api/v1/audit"] = new(Access.Token(ApiScopes.AuditRead, Supervision)),
        ["GET /api/v1/audit/verification"] = new(Access.TokenNational(ApiScopes.AuditRead, Supervision)),
        ["GET /api/v1/monitor/satisfaction"] = new(Access.Token(ApiScopes.MonitorRead, Analyst, Supervisor, Administrator)),

        // Staff sign-in
        ["* /medewerker/inloggen"] = new(Access.Public),
        ["* /medewerker/inloggen/code"] = new(Access.Public),
        ["* /medewerker/geen-toegang"] = new(Access.Public, Status: 403),
        ["* /medewerker/uitloggen"] = new(Access.Public, WithoutAntiforgery: true),
        ["* /medewerker/tweestapsverificatie"] = new(Access.Staff),

        // Staff pages
        ["* /medewerker"] = new(Access.Staff),
        ["* /medewerker/tokens"] = new(Access.Staff),
        ["* /medewerker/meldingen"] = new(Access.StaffWithRoles(MeldingRoles)),
        ["* /medewerker/meldingen/gebied"] = new(Access.StaffWithRoles([.. MeldingRoles, Analyst])),
        ["* /medewerker/meldingen/bundel/{id:long}"] = new(Access.StaffUnitScoped(MeldingRoles)),
        ["POST /medewerker/meldingen/bundel/{id:long}"] = new(
            Access.StaffUnitScoped(MeldingRoles), Form: new Dictionary<string, string> { ["Outcome"] = "no-such-outcome" }),
        ["GET /medewerker/gesprekken"] = new(Access.StaffWithRoles(ChatRoles)),
        ["POST /medewerker/gesprekken?handler=Claim"] = new(Access.StaffUnitScoped(ChatRoles)),
        ["* /medewerker/gesprekken/{id:guid}"] = new(Access.StaffUnitScoped(ChatRoles)),
        ["POST /medewerker/gesprekken/{id:guid}?handler=Reply"] = new(
            Access.StaffUnitScoped(ChatRoles), Form: new Dictionary<string, string> { ["Text"] = "Goedemiddag, ik help u verder.", ["ClientMessageId"] = "matrix-reply" }),
        ["* /medewerker/termijnen"] = new(Access.StaffWithRoles(Supervision)),
        ["GET /medewerker/verwijzingen/{id:guid?}"] = new(Access.StaffWithRoles(ContactRoles)),
        // A's referral in unit X; after the first colleague accepted it, the same step again changes nothing (redirect).
        ["POST /medewerker/verwijzingen/{id:guid?}?handler=Status"] = new(
            Access.StaffUnitScoped(ContactRoles), Form: new Dictionary<string, string> { ["Status"] = "Accepted" }),
        ["* /medewerker/servicenormen"] = new(Access.StaffWithRoles(Supervision)),
        ["* /medewerker/monitor"] = new(Access.StaffWithRoles(Analyst, Supervisor, Administrator)),
        // Follow-up of dissatisfied respondents: the unit's team, not analysts; the list is filtered by unit.
        ["* /medewerker/monitor/opvolging"] = new(Access.StaffWithRoles(Supervisor, Wijkagent, ServiceAgent, Administrator)),
        ["* /medewerker/audit"] = new(Access.StaffWithRoles(Supervision)),
        ["* /medewerker/intake"] = new(Access.StaffWithRoles(IntakeRoles)),
        ["* /medewerker/intake/{id:guid}"] = new(Access.StaffUnitScoped(IntakeRoles)),
        ["GET /medewerker/bijlagen/{id:guid}"] = new(Access.StaffUnitScoped(IntakeRoles)),
        ["GET /medewerker/bijlagen/{id:guid}/klein"] = new(Access.StaffUnitScoped(IntakeRoles)),
        // The series view opens only from the unit's own aangifte; other units' reports appear there without personal data.
        ["* /medewerker/intake/{id:guid}/reeks"] = new(Access.StaffUnitScoped(IntakeRoles)),
        ["POST /medewerker/intake/{id:guid}?handler=RequestInfo"] = new(
            Access.StaffUnitScoped(IntakeRoles), Form: new Dictionary<string, string> { ["Question"] = "Welk framenummer heeft de fiets?" }),
        ["POST /medewerker/intake/{id:guid}?handler=Reply"] = new(
            Access.StaffUnitScoped(IntakeRoles), Form: new Dictionary<string, string> { ["Reply"] = "Dank u voor uw bericht." }),
        // A's aangifte is not registered: the unit sees "already decided", another unit 404.
        ["POST /medewerker/intake/{id:guid}?handler=FollowUp"] = new(
            Access.StaffUnitScoped(IntakeRoles), Form: new Dictionary<string, string> { ["FollowUp"] = "InOnderzoek", ["ClosingReason"] = "" }),
        ["POST /medewerker/intake/{id:guid}?handler=Reject"] = new(
            Access.StaffUnitScoped(IntakeRoles), Form: new Dictionary<string, string> { ["Reason"] = "no-such-reason" }),
        // Victims' rights: the compliance report is the supervisor's (filtered by unit); a register is unit-scoped.
        ["* /medewerker/slachtofferrechten"] = new(Access.StaffWithRoles(Supervision)),
        ["* /medewerker/slachtofferrechten/{id:guid}"] = new(Access.StaffUnitScoped(IntakeRoles)),
        ["POST /medewerker/slachtofferrechten/{id:guid}?handler=MarkMet"] = new(
            Access.StaffUnitScoped(IntakeRoles), Form: new Dictionary<string, string> { ["RightId"] = "no-such-right", ["Evidence"] = "Brief verstuurd op 3 maart." }),
        // An invalid outcome: allowed principals see the form error (200), others the 404; nothing changes.
        ["POST /medewerker/slachtofferrechten/{id:guid}?handler=Assess"] = new(
            Access.StaffUnitScoped(IntakeRoles), Form: new Dictionary<string, string> { ["Vulnerable"] = "misschien", ["Evidence"] = "Telefonisch beoordeeld." }),
        // The list and the retry are filtered by unit in FailedNotifications (another unit's id: "not found").
        ["* /medewerker/berichten-uitgaand"] = new(Access.StaffWithRoles(Supervision)),
        // Any colleague who talks to citizens finds a citizen; the timeline shows only entries of their own unit.
        ["* /medewerker/burgers"] = new(Access.StaffWithRoles(ContactRoles)),
        ["* /medewerker/burgers/{id:guid}"] = new(Access.StaffWithRoles(ContactRoles)),
        ["* /medewerker/contact-vastleggen"] = new(Access.StaffWithRoles(ContactRoles)),
        // Cases: the list is filtered by unit in the query; A's case (unit X) answers 404 to other units. Link and unlink of
        // an unknown item are a message on the case page, so only the case's unit decides.
        ["* /medewerker/zaken"] = new(Access.StaffWithRoles(CaseRoles)),
        ["* /medewerker/zaken/openen"] = new(Access.StaffWithRoles(CaseRoles)),
        ["* /medewerker/zaken/{number}"] = new(Access.StaffUnitScoped(CaseRoles), Form: new Dictionary<string, string>
        {
            ["ItemType"] = "melding", ["ItemId"] = "0", ["Reference"] = "A-0", ["NewStatus"] = "InBehandeling", ["Reason"] = "",
        }),
        // Appointment lists are filtered by unit in the query (bureaus of the own unit; call-backs of the own unit).
        ["* /medewerker/afspraken"] = new(Access.StaffWithRoles(ServiceAgent, Intake, Supervisor)),
        ["* /medewerker/terugbellen"] = new(Access.StaffWithRoles(ServiceAgent, Supervisor)),
        // Triage policy: national administrators only; the workflow refuses (200 with the reason) what the form cannot do.
        ["* /medewerker/triagebeleid"] = new(Access.StaffWithRoles(Administrator)),
        ["* /medewerker/triagebeleid/nieuw"] = new(Access.StaffWithRoles(Administrator)),
        ["* /medewerker/triagebeleid/{id:int}"] = new(Access.StaffWithRoles(Administrator)),
    };

    public static AccessRule? For(EndpointShape endpoint) =>
        Rules.GetValueOrDefault(endpoint.Key) ?? Rules.GetValueOrDefault("* " + endpoint.Pattern);
}
