namespace Verbinding.Web.Features.Privacy.Retention;

/// <summary>
/// One data category's storage limit: deletes or anonymises what is past its retention period at <c>now</c>.
/// Rules work in small batches, each batch atomic and the selection repeatable, so a run that stops halfway
/// (a restart, a lost lease) leaves consistent data and the next run simply continues.
/// </summary>
public interface IRetentionRule
{
    /// <summary>Stable name in the audit trail and docs/privacy.md, e.g. "anonymous-conversations".</summary>
    string Category { get; }

    Task<RetentionResult> ApplyAsync(DateTimeOffset now, CancellationToken ct);
}

public sealed record RetentionResult(int Deleted, int Anonymised)
{
    public static RetentionResult None { get; } = new(0, 0);

    public static RetentionResult OfDeleted(int count) => new(count, 0);

    public static RetentionResult OfAnonymised(int count) => new(0, count);
}
