namespace Verbinding.Web.Features.Appointments.Pages;

/// <summary>The radio list of times: free slots can be chosen, full ones are shown as taken.</summary>
public sealed record TimeOptions(IReadOnlyList<SlotView> Slots, DateTimeOffset? Selected);

/// <summary>Name, e-mail and phone as the citizen typed them.</summary>
public sealed record ContactFields(string? Name, string? Email, string? Phone, bool EmailRequired);
