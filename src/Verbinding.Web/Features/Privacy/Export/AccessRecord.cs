namespace Verbinding.Web.Features.Privacy.Export;

/// <summary>One staff access to the citizen's data: when, which role of which unit, for what. A name only where policy allows.</summary>
public sealed record AccessRecord(DateTimeOffset At, string Role, string? Eenheid, string Action, string Purpose, string? StaffName);
