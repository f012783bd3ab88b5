namespace Verbinding.Web.Features.Privacy.Retention;

/// <summary>The batch loop of a rule: each batch is its own statement or transaction, so a run cut off halfway loses nothing.</summary>
public static class RetentionBatches
{
    /// <param name="nextBatch">The ids of the next batch past retention (at most the batch size); empty when done.</param>
    /// <param name="delete">Deletes those rows (and whatever hangs on them); returns the number of main rows deleted.</param>
    public static async Task<RetentionResult> DeleteAsync<TId>(
        Func<CancellationToken, Task<List<TId>>> nextBatch, Func<List<TId>, CancellationToken, Task<int>> delete, CancellationToken ct) =>
        RetentionResult.OfDeleted(await ApplyAsync(nextBatch, delete, ct));

    /// <param name="nextBatch">The ids of the next batch past retention and not yet anonymised; empty when done.</param>
    /// <param name="anonymise">Erases those rows' personal data so that <paramref name="nextBatch"/> no longer selects them; returns the number of rows.</param>
    public static async Task<RetentionResult> AnonymiseAsync<TId>(
        Func<CancellationToken, Task<List<TId>>> nextBatch, Func<List<TId>, CancellationToken, Task<int>> anonymise, CancellationToken ct) =>
        RetentionResult.OfAnonymised(await ApplyAsync(nextBatch, anonymise, ct));

    private static async Task<int> ApplyAsync<TId>(
        Func<CancellationToken, Task<List<TId>>> nextBatch, Func<List<TId>, CancellationToken, Task<int>> apply, CancellationToken ct)
    {
        var count = 0;
        while (await nextBatch(ct) is { Count: > 0 } ids)
        {
            count += await apply(ids, ct);
        }
        return count;
    }
}
