using Microsoft.Extensions.DependencyInjection;
using Verbinding.Web.Features.Monitor.Data;
using Verbinding.Web.Features.Monitor.Invitations;
using Verbinding.Web.Features.Monitor.Responses;
using Verbinding.Web.Infrastructure.Data;
using Verbinding.Web.Tests.Infrastructure;

namespace Verbinding.Web.Tests.Monitor;

/// <summary>Intent methods for the politiemonitor tests: invitations and responses through the real services.</summary>
public static class MonitorData
{
    public static ContactMetadata Contact(string eenheid = "rotterdam", string channel = "internet", string topic = "aangifte-fietsendiefstal") =>
        new(eenheid, eenheid + "-demo", channel, "aangifte", topic, ContactMetadata.MonthOf(DateTimeOffset.UtcNow), false);

    public static async Task<InvitationResult> InviteAsync(this VerbindingApplication app, ContactMetadata? contact = null, string? citizen = null, string? reference = null)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<SurveyInvitationService>().CreateAsync(
            new InvitationRequest(reference ?? "AA-" + Guid.NewGuid().ToString("N"), citizen ?? Guid.NewGuid().ToString("N"),
                "burger@example.nl", "nl", contact ?? Contact()), default);
    }

    /// <summary>Stores responses directly through the response store, each with the given overall answer (4 = satisfied) and the same answer on "treatment".</summary>
    public static async Task AddResponsesAsync(this VerbindingApplication app, ContactMetadata contact, params int[] overall)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var store = scope.ServiceProvider.GetRequiredService<SurveyResponseStore>();
        var db = scope.ServiceProvider.GetRequiredService<VerbindingDbContext>();
        await using var transaction = await db.Database.BeginTransactionAsync();
        await store.AddAsync(db, overall.Select(o => store.Create(contact, new SurveyAnswers(o, new Dictionary<string, int?> { ["treatment"] = o }, 7, 6, null, false))).ToList(), null, default);
        await transaction.CommitAsync();
    }

    public static int[] Answers(int satisfied, int other) => [.. Enumerable.Repeat(4, satisfied), .. Enumerable.Repeat(2, other)];
}
