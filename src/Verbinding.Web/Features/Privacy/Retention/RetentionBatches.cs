namespace Verbinding.Web.Features.Privacy.Retention;

/// <summary>The batch loop of a deleting rule: each batch is its own statement, so a run cut off halfway loses nothing.</summary>
public static class RetentionBatches
{
    /// <param name="nextBatch">The ids of the next batch past retention (at most the batch size); empty when done.</param>
    /// <param name="delete">Deletes those rows (and whatever hangs on them); returns the number of main rows deleted.</param>
    public static async Task<RetentionResult> DeleteAsync<TId>(
        Func<CancellationToken, Task<List<TId>>> nextBatch, Func<List<TId>, CancellationToken, Task<int>> delete, CancellationToken ct)
    {
        var deleted = 0;
        while (await nextBatch(ct) is { Count: > 0 } ids)
        {
            deleted += await delete(ids, ct);
        }
        return RetentionResult.OfDeleted(deleted);
    }
}
