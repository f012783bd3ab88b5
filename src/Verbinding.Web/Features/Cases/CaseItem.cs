namespace Verbinding.Web.Features.Cases;

/// <summary>
/// One linked item as the case timeline shows it, whatever feature holds it. <paramref name="Summary"/> and
/// <paramref name="StaffName"/> are for colleagues only; the citizen's view shows type, date and status.
/// </summary>
public sealed record CaseItem(
    string Type, string Id, DateTimeOffset At, string Reference, string? Topic, string? Summary, string? Status,
    string Unit, Guid? CitizenId, string? Bsn, string? StaffName, string StaffUrl)
{
    /// <summary>Icon (decorative, next to a text label) per item type.</summary>
    public string Icon => Type switch
    {
        CaseItemTypes.Aangifte => "📄",
        CaseItemTypes.Melding => "📣",
        CaseItemTypes.Conversation => "💬",
        CaseItemTypes.Contact => "📞",
        CaseItemTypes.Appointment => "📅",
        _ => "🔗",
    };
}
