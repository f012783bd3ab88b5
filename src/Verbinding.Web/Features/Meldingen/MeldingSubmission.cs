namespace Verbinding.Web.Features.Meldingen;

public sealed record MeldingLocation(string? Municipality, string? Street, string? HouseNumber, string? Postcode, string? Description);

public sealed record MeldingContact(string? Name, string? Email, string? Phone);

/// <summary>
/// A melding as the API, the form and Wout hand it to <see cref="MeldingService"/>. <paramref name="IdempotencyKey"/> is the
/// client's request id or the form token: the same key twice stores one melding.
/// <paramref name="CitizenId"/> links a signed-in, not anonymous reporter (Contacts) so the melding shows in their data export.
/// </summary>
public sealed record MeldingSubmission(
    string? Category,
    string? Description,
    MeldingLocation? Location,
    DateTimeOffset? OccurredAt,
    bool HappeningNow,
    MeldingContact? Contact,
    string? Language,
    string Channel,
    IReadOnlyDictionary<string, string>? Answers = null,
    string? IdempotencyKey = null,
    Guid? CitizenId = null);

public static class MeldingChannels
{
    public const string Form = "form";
    public const string Api = "api";
    public const string Wout = "wout";
}

/// <summary>A problem with one field; <see cref="Field"/> uses the API's JSON path ("location.postcode").</summary>
public sealed record MeldingError(string Field, LocalText Message);

/// <summary>What happened to a submission: registered, sent to 112, or refused with reasons.</summary>
public abstract record MeldingSubmitResult
{
    private MeldingSubmitResult()
    {
    }

    /// <summary>
    /// <paramref name="TrackingCode"/> is null only when a repeated submit arrives after the replay window; the reporter
    /// received the code with the first answer.
    /// </summary>
    public sealed record Registered(string Reference, string? TrackingCode, string Basisteam, string Eenheid, bool Repeated) : MeldingSubmitResult;

    /// <summary>Happening now and possibly dangerous: nothing is stored, the citizen must call 112.</summary>
    public sealed record Spoed112(LocalText Message) : MeldingSubmitResult;

    public sealed record Invalid(IReadOnlyList<MeldingError> Errors) : MeldingSubmitResult;
}
