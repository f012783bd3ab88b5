namespace Verbinding.Web.Features.Appointments;

public enum AppointmentKind
{
    /// <summary>Aangifte at a bureau.</summary>
    Aangifte,

    /// <summary>Any other conversation at a bureau.</summary>
    Other,

    /// <summary>A colleague of the service centre calls the citizen back (aangifte by phone, or a question).</summary>
    CallBack,
}

public enum AppointmentStatus
{
    Booked,
    Cancelled,
}

/// <summary>
/// A booked time with the police: at a bureau, or a call-back. The seat it holds is a <see cref="SlotClaim"/>;
/// the citizen manages it with the secret link from the confirmation e-mail (only its hash is stored).
/// </summary>
public sealed class Appointment
{
    public Guid Id { get; set; }

    /// <summary>Shown to the citizen and staff, e.g. "AF-7KQ3M9XW".</summary>
    public required string Reference { get; set; }

    public AppointmentKind Kind { get; set; }

    /// <summary>The capacity pool the seat is taken from (see <see cref="SlotResources"/>).</summary>
    public required string ResourceKey { get; set; }

    /// <summary>The bureau for a bureau appointment; null for a call-back.</summary>
    public string? BureauId { get; set; }

    /// <summary>The unit whose staff see the appointment.</summary>
    public string? EenheidId { get; set; }

    public DateTimeOffset Start { get; set; }

    public DateTimeOffset End { get; set; }

    public AppointmentStatus Status { get; set; }

    /// <summary>Call-back reason: "aangifte", "thuis" (plan a home visit) or "vraag".</summary>
    public string? Reason { get; set; }

    public required string Name { get; set; }

    public string? Email { get; set; }

    /// <summary>E.164, e.g. "+31612345678".</summary>
    public string? Phone { get; set; }

    /// <summary>
    /// Keyed hashes (<see cref="Contacts.CitizenKeys"/>) of <see cref="Email"/> and <see cref="Phone"/>, as on the outbox:
    /// the citizen's data export finds the appointment by them, also when the police know the address only from the
    /// contacts timeline (a WhatsApp number, a logged call). Null on rows booked before they existed and once erased.
    /// </summary>
    public string? EmailKeyHash { get; set; }

    public string? PhoneKeyHash { get; set; }

    public required string Language { get; set; }

    /// <summary>SHA-256 (hex) of the manage token from the e-mail link.</summary>
    public required string ManageTokenHash { get; set; }

    /// <summary>The same token encrypted with Data Protection, so the reminder e-mail can carry the link again.</summary>
    public required string ProtectedManageToken { get; set; }

    /// <summary>Raised on every move or cancel: calendar programs replace the older invitation (iCalendar SEQUENCE).</summary>
    public int Sequence { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset? CancelledAt { get; set; }

    /// <summary>When the day-before reminder was queued; null until then.</summary>
    public DateTimeOffset? ReminderQueuedAt { get; set; }
}
