namespace Verbinding.Web.Features.Appointments;

/// <summary>
/// One seat of one time slot, held by one appointment. The unique index on (resource, start, seat) is the guarantee
/// against double booking: two requests that pick the same free seat at the same moment cannot both insert it,
/// on SQLite and on PostgreSQL alike. Cancelling deletes the row, which frees the seat.
/// </summary>
public sealed class SlotClaim
{
    public Guid Id { get; set; }

    public required string ResourceKey { get; set; }

    public DateTimeOffset SlotStart { get; set; }

    /// <summary>1..capacity of the slot.</summary>
    public int Seat { get; set; }

    public Guid AppointmentId { get; set; }
}
