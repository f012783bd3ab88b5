namespace Verbinding.Web.Features.Audit;

public sealed record AuditVerification(bool Intact, long Count, long? FirstBrokenSequence, string? Reason);

/// <summary>Walks the chain in order; pure, so the CLI, the supervisor page and tests share it.</summary>
public static class AuditChainVerifier
{
    public static AuditVerification Verify(IEnumerable<AuditEntry> entriesInSequenceOrder)
    {
        var previousHash = AuditHash.Genesis;
        long expectedSequence = 1;
        long count = 0;
        foreach (var entry in entriesInSequenceOrder)
        {
            if (entry.Sequence != expectedSequence)
            {
                return new(false, count, expectedSequence, $"entry {expectedSequence} is missing (found {entry.Sequence})");
            }
            if (!string.Equals(entry.PreviousHash, previousHash, StringComparison.Ordinal))
            {
                return new(false, count, entry.Sequence, $"entry {entry.Sequence} does not point to the hash of entry {entry.Sequence - 1}");
            }
            if (!string.Equals(AuditHash.Compute(entry), entry.Hash, StringComparison.Ordinal))
            {
                return new(false, count, entry.Sequence, $"entry {entry.Sequence} was altered (its hash does not match its contents)");
            }
            previousHash = entry.Hash;
            expectedSequence++;
            count++;
        }
        return new(true, count, null, null);
    }
}
