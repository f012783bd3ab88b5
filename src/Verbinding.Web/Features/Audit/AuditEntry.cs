namespace Verbinding.Web.Features.Audit;

/// <summary>
/// One append-only record of a read or change of personal data, or a staff action.
/// <see cref="Hash"/> covers every field and <see cref="PreviousHash"/>, so altering or removing
/// any entry breaks the chain from that point on.
/// </summary>
public sealed class AuditEntry
{
    public long Id { get; set; }

    /// <summary>Gapless position in the chain (1, 2, 3, ...); unique, so two nodes cannot fork it.</summary>
    public long Sequence { get; set; }

    public DateTimeOffset At { get; set; }

    public required string ActorId { get; set; }

    public required string ActorRole { get; set; }

    public string? EenheidId { get; set; }

    public required string Action { get; set; }

    public required string EntityType { get; set; }

    public string? EntityId { get; set; }

    public required string Purpose { get; set; }

    public string? Source { get; set; }

    public required string PreviousHash { get; set; }

    public required string Hash { get; set; }
}
