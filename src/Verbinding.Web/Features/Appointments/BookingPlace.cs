using Verbinding.Web.Features.Organisation;

namespace Verbinding.Web.Features.Appointments;

/// <summary>Where (and with whom) a slot is booked: one pool of seats and the unit whose staff handle it.</summary>
public sealed record BookingPlace(AppointmentKind Kind, string ResourceKey, int Capacity, Bureau? Bureau, string? EenheidId)
{
    public string? Location => Bureau is null ? null
        : $"{Bureau.Name}, {Bureau.Address.Street} {Bureau.Address.HouseNumber}, {Bureau.Address.Postcode} {Bureau.Address.City}";
}

/// <summary>A slot with the seats still free.</summary>
public sealed record SlotView(DateTimeOffset Start, DateTimeOffset End, int Free);
