using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Verbinding.Web.Features.Contacts;
using Verbinding.Web.Infrastructure.Data;
using Verbinding.Web.Infrastructure.Notifications;

namespace Verbinding.Web.Features.Appointments;

/// <summary>
/// Books, moves and cancels. A seat is taken by inserting a <see cref="SlotClaim"/>; the unique index decides who
/// wins when requests race for the last seat. The loser re-reads the free seats and tries the next one, or hears
/// that the time is taken. The appointment, its seat and its e-mail are saved in one transaction.
/// </summary>
public sealed class AppointmentBooking(
    VerbindingDbContext db, AppointmentPlanner planner, AppointmentNotifier notifier, IDataProtectionProvider protection,
    CitizenKeys keys, TimeProvider time, ILogger<AppointmentBooking> logger)
{
    public const string TokenPurpose = "Verbinding.Appointments.ManageToken";

    private IDataProtector Protector => protection.CreateProtector(TokenPurpose);

    public async Task<BookingResult> BookAsync(BookingRequest request, CancellationToken ct)
    {
        var errors = BookingValidator.Validate(request.Place.Kind, request.Name, request.Email, request.Phone);
        if (errors.Count > 0)
        {
            return new BookingResult.Invalid(errors);
        }
        if (planner.Find(request.Place, request.Start) is not { } slot)
        {
            return new BookingResult.SlotUnavailable();
        }
        var token = ManageTokens.NewToken();
        var now = time.GetUtcNow();
        // One more attempt than seats: each lost race means one seat fewer, so the loop ends with a seat or "taken".
        for (var attempt = 0; attempt <= request.Place.Capacity; attempt++)
        {
            if (await FreeSeatAsync(request.Place, slot.Start, ct) is not { } seat)
            {
                return new BookingResult.SlotTaken();
            }
            var appointment = new Appointment
            {
                Id = Guid.CreateVersion7(now),
                Reference = ManageTokens.NewReference(),
                Kind = request.Place.Kind,
                ResourceKey = request.Place.ResourceKey,
                BureauId = request.Place.Bureau?.Id,
                EenheidId = request.Place.EenheidId,
                Start = slot.Start,
                End = slot.End,
                Status = AppointmentStatus.Booked,
                Reason = request.Reason,
                Name = request.Name!.Trim(),
                Email = string.IsNullOrWhiteSpace(request.Email) ? null : request.Email.Trim(),
                Phone = PhoneNumber.ToE164(request.Phone),
                EmailKeyHash = keys.Email(request.Email)?.Hash,
                PhoneKeyHash = keys.Phone(request.Phone)?.Hash,
                Language = request.Language,
                ManageTokenHash = ManageTokens.Hash(token),
                ProtectedManageToken = Protector.Protect(token),
                CreatedAt = now,
            };
            db.Add(appointment);
            db.Add(new SlotClaim { Id = Guid.CreateVersion7(now), ResourceKey = request.Place.ResourceKey, SlotStart = slot.Start, Seat = seat, AppointmentId = appointment.Id });
            await notifier.ConfirmAsync(appointment, request.Place, token, ct);
            if (await TrySaveAsync(ct))
            {
                return new BookingResult.Booked(appointment, token);
            }
            logger.LogDebug("Seat {Seat} of {Resource} at {Start} was taken meanwhile; trying again", seat, request.Place.ResourceKey, slot.Start);
        }
        return new BookingResult.SlotTaken();
    }

    /// <summary>The booked appointment behind a manage link, or null (unknown, malformed, or cancelled).</summary>
    public async Task<Appointment?> FindAsync(string? token, CancellationToken ct)
    {
        if (!ManageTokens.LooksValid(token))
        {
            return null;
        }
        var hash = ManageTokens.Hash(token!);
        return await db.Set<Appointment>().FirstOrDefaultAsync(a => a.ManageTokenHash == hash && a.Status == AppointmentStatus.Booked, ct);
    }

    /// <summary>Moves to another slot of the same place: the new seat is claimed before the old one is freed, in one transaction.</summary>
    public async Task<BookingResult> MoveAsync(Appointment appointment, BookingPlace place, DateTimeOffset start, CancellationToken ct)
    {
        if (planner.Find(place, start) is not { } slot || slot.Start == appointment.Start)
        {
            return new BookingResult.SlotUnavailable();
        }
        var token = Protector.Unprotect(appointment.ProtectedManageToken);
        for (var attempt = 0; attempt <= place.Capacity; attempt++)
        {
            if (await FreeSeatAsync(place, slot.Start, ct) is not { } seat)
            {
                return new BookingResult.SlotTaken();
            }
            var old = await db.Set<SlotClaim>().Where(c => c.AppointmentId == appointment.Id).ToListAsync(ct);
            db.RemoveRange(old);
            db.Add(new SlotClaim { Id = Guid.CreateVersion7(time.GetUtcNow()), ResourceKey = place.ResourceKey, SlotStart = slot.Start, Seat = seat, AppointmentId = appointment.Id });
            appointment.Start = slot.Start;
            appointment.End = slot.End;
            appointment.Sequence++;
            appointment.ReminderQueuedAt = null;
            await notifier.ConfirmAsync(appointment, place, token, ct);
            if (await TrySaveAsync(ct))
            {
                return new BookingResult.Booked(appointment, token);
            }
            // The tracked appointment was reset by TrySaveAsync: load it again before the next attempt.
            appointment = await db.Set<Appointment>().FirstAsync(a => a.Id == appointment.Id, ct);
        }
        return new BookingResult.SlotTaken();
    }

    /// <summary>Cancels and frees the seat at once, so somebody else can book the time.</summary>
    public async Task CancelAsync(Appointment appointment, BookingPlace place, CancellationToken ct)
    {
        appointment.Status = AppointmentStatus.Cancelled;
        appointment.CancelledAt = time.GetUtcNow();
        appointment.Sequence++;
        db.RemoveRange(await db.Set<SlotClaim>().Where(c => c.AppointmentId == appointment.Id).ToListAsync(ct));
        await notifier.CancelledAsync(appointment, place, ct);
        await db.SaveChangesAsync(ct);
    }

    /// <summary>The lowest seat number not yet claimed, or null when the slot is full.</summary>
    private async Task<int?> FreeSeatAsync(BookingPlace place, DateTimeOffset start, CancellationToken ct)
    {
        var taken = await db.Set<SlotClaim>().AsNoTracking()
            .Where(c => c.ResourceKey == place.ResourceKey && c.SlotStart == start)
            .Select(c => c.Seat).ToListAsync(ct);
        return Enumerable.Range(1, place.Capacity).Cast<int?>().FirstOrDefault(s => !taken.Contains(s!.Value));
    }

    /// <summary>Saves; on a unique-index conflict (a seat taken meanwhile) forgets the unsaved changes and returns false.</summary>
    private async Task<bool> TrySaveAsync(CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
            return true;
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            return false;
        }
    }
}
