using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Verbinding.Cli.Demo;

/// <summary>
/// Counts what a benchmark phase costs the database, which a shared machine cannot make noisy: commands sent (round
/// trips; EF batches several statements into one) and units of work (explicit transactions plus commands that ran on
/// their own, i.e. the commits PostgreSQL sees). Includes the audit writer's own DbContext.
/// </summary>
internal sealed class SqlRoundTrips : DbCommandInterceptor, IDbTransactionInterceptor
{
    private long _commands;
    private long _transactions;

    public (long Commands, long Transactions) Snapshot() => (Interlocked.Read(ref _commands), Interlocked.Read(ref _transactions));

    private void Count(DbCommand command)
    {
        Interlocked.Increment(ref _commands);
        if (command.Transaction is null)
        {
            Interlocked.Increment(ref _transactions);
        }
    }

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken ct = default)
    {
        Count(command);
        return ValueTask.FromResult(result);
    }

    public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result)
    {
        Count(command);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken ct = default)
    {
        Count(command);
        return ValueTask.FromResult(result);
    }

    public override InterceptionResult<int> NonQueryExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<int> result)
    {
        Count(command);
        return result;
    }

    public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<object> result, CancellationToken ct = default)
    {
        Count(command);
        return ValueTask.FromResult(result);
    }

    public override InterceptionResult<object> ScalarExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<object> result)
    {
        Count(command);
        return result;
    }

    public DbTransaction TransactionStarted(DbConnection connection, TransactionEndEventData eventData, DbTransaction result)
    {
        Interlocked.Increment(ref _transactions);
        return result;
    }

    public ValueTask<DbTransaction> TransactionStartedAsync(
        DbConnection connection, TransactionEndEventData eventData, DbTransaction result, CancellationToken ct = default)
    {
        Interlocked.Increment(ref _transactions);
        return ValueTask.FromResult(result);
    }
}
