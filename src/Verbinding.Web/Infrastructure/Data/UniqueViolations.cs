using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Verbinding.Web.Infrastructure.Data;

/// <summary>
/// Tells which unique index a failed save hit, on either provider, so a caller retries only the conflict it expects
/// (e.g. a random number that was already issued) and lets every other failure through.
/// </summary>
public static class UniqueViolations
{
    private const int SqliteConstraint = 19;

    /// <summary>True when <paramref name="error"/> is a unique violation of the index on <typeparamref name="TEntity"/>.<paramref name="property"/>.</summary>
    public static bool IsOn<TEntity>(DbContext db, DbUpdateException error, string property)
    {
        var entity = db.Model.FindEntityType(typeof(TEntity)) ?? throw new ArgumentException($"{typeof(TEntity).Name} is not mapped.");
        var column = entity.FindProperty(property) ?? throw new ArgumentException($"{typeof(TEntity).Name} has no property {property}.");
        var index = entity.GetIndexes().SingleOrDefault(i => i.IsUnique && i.Properties is [var only] && only == column)
            ?? throw new ArgumentException($"{typeof(TEntity).Name}.{property} has no unique index of its own.");
        return error.InnerException switch
        {
            PostgresException pg => pg.SqlState == PostgresErrorCodes.UniqueViolation && pg.ConstraintName == index.GetDatabaseName(),
            // SQLite names the column, not the index: "UNIQUE constraint failed: Aangiftes.ReceiptNumber".
            SqliteException sqlite => sqlite.SqliteErrorCode == SqliteConstraint
                && sqlite.Message.Contains($"UNIQUE constraint failed: {entity.GetTableName()}.{column.GetColumnName()}'", StringComparison.Ordinal),
            _ => false,
        };
    }
}
