namespace Verbinding.Web.Features.Appointments;

/// <summary>What the citizen filled in; validated by <see cref="AppointmentBooking"/>.</summary>
public sealed record BookingRequest(
    BookingPlace Place, DateTimeOffset Start, string? Name, string? Email, string? Phone, string? Reason, string Language);

public abstract record BookingResult
{
    public sealed record Booked(Appointment Appointment, string ManageToken) : BookingResult;

    /// <summary>Every seat of the slot went to others (perhaps a moment ago): the citizen picks another time.</summary>
    public sealed record SlotTaken : BookingResult;

    /// <summary>The slot is not offered (past, closed, holiday, too far ahead) or the place does not exist.</summary>
    public sealed record SlotUnavailable : BookingResult;

    public sealed record Invalid(IReadOnlyList<BookingError> Errors) : BookingResult;
}

/// <summary>A field and the resource key of its message in <see cref="AppointmentsText"/>.</summary>
public sealed record BookingError(string Field, string MessageKey);
