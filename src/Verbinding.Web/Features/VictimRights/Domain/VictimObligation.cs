using Verbinding.VictimRights;

namespace Verbinding.Web.Features.VictimRights;

public enum ObligationStatus
{
    Open,
    Met,

    /// <summary>No longer owed, e.g. the victim withdrew the request; kept for the history, not counted in compliance.</summary>
    NotApplicable,
}

/// <summary>One thing the police owes the victim. "Overdue" is not stored: it is open and past its due time.</summary>
public sealed class VictimObligation
{
    public Guid Id { get; set; }

    public Guid RegisterId { get; set; }

    public required string RightId { get; set; }

    /// <summary>The owning unit, copied from the case so unit-scoped lists need no join.</summary>
    public required string EenheidId { get; set; }

    /// <summary>The owning team within the unit.</summary>
    public ObligationOwner Owner { get; set; }

    public ObligationStatus Status { get; set; }

    public DateTimeOffset DueAt { get; set; }

    public string? Evidence { get; set; }

    public DateTimeOffset? MetAt { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public bool IsOverdue(DateTimeOffset now) => Status == ObligationStatus.Open && DueAt < now;

    public bool MetOnTime => Status == ObligationStatus.Met && MetAt <= DueAt;
}
