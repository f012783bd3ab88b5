using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Verbinding.Web.Features.Contacts;
using Verbinding.Web.Features.Conversations;
using Verbinding.Web.Features.Meldingen;
using Verbinding.Web.Features.Monitor.Data;
using Verbinding.Web.Features.Aangifte;
using Verbinding.Web.Infrastructure.Notifications;
using Verbinding.Web.Features.Staff.Tokens;
using Verbinding.Web.Infrastructure.Data;

namespace Verbinding.Web.Tests.Security.Fuzz;

/// <summary>
/// Row counts of the tables a write endpoint can add to (citizens' and staff's stored data), read in one query so the
/// fuzzer can check after every rejected request that nothing was stored.
/// </summary>
public sealed class StoredRows : IAsyncDisposable
{
    private static readonly Type[] Stored =
    [
        typeof(Melding), typeof(MeldingBundle), typeof(MeldingFeedback), typeof(Conversation), typeof(ConversationMessage),
        typeof(PersonalAccessToken), typeof(SurveyResponse), typeof(OutboxNotification), typeof(SubmittedAangifte),
        typeof(AangifteDraft), typeof(LoggedContact), typeof(KnownCitizen), typeof(CitizenIdentity),
    ];

    private readonly DbConnection _connection;
    private readonly DbCommand _count;

    private StoredRows(DbConnection connection, DbCommand count)
    {
        _connection = connection;
        _count = count;
    }

    public IReadOnlyList<string> Tables { get; private init; } = [];

    public static async Task<StoredRows> OpenAsync(VerbindingDbContext db, string connectionString)
    {
        var tables = Stored.Select(t => db.Model.FindEntityType(t)!.GetTableName()!).ToList();
        var connection = db.Database.GetDbConnection();
        var own = (DbConnection)Activator.CreateInstance(connection.GetType(), connectionString)!;
        await own.OpenAsync();
        var command = own.CreateCommand();
        command.CommandText = "SELECT " + string.Join(", ", tables.Select(t => $"(SELECT COUNT(*) FROM \"{t}\")"));
        return new StoredRows(own, command) { Tables = tables };
    }

    public async Task<long[]> CountAsync()
    {
        await using var reader = await _count.ExecuteReaderAsync();
        await reader.ReadAsync();
        return [.. Enumerable.Range(0, Tables.Count).Select(i => Convert.ToInt64(reader.GetValue(i), System.Globalization.CultureInfo.InvariantCulture))];
    }

    public async ValueTask DisposeAsync()
    {
        await _count.DisposeAsync();
        await _connection.DisposeAsync();
    }
}
