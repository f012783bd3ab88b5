using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Verbinding.Web.Features.Contacts;
using Verbinding.Web.Features.Conversations;
using Verbinding.Web.Features.Staff;
using Verbinding.Web.Tests.Infrastructure;

namespace Verbinding.Web.Tests.Security;

/// <summary>
/// Citizen A's contact timeline: a phone call logged by a colleague of unit X (identified by A's BSN, which creates
/// the known citizen) and A's chat linked to that citizen, as a signed-in chat would be, so the transcript is A's.
/// </summary>
public static class SeededContact
{
    public static async Task<Guid> LogAsync(VerbindingApplication app, string marker, string conversationId)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var staff = new StaffActor("matrix-agent-x", "Medewerker X", new StaffScope("matrix-agent-x", Principals.UnitX, false), false);
        var (_, citizenId) = await scope.ServiceProvider.GetRequiredService<ContactLog>().LogAsync(
            new ContactLogInput(ContactChannels.Phone, Assistant.Topics.TopicIds.All[0], $"Belde over de fietsendiefstal, kenmerk {marker}.",
                Outcomes.Answered, null, null, SeededAangifte.BsnA), staff, default);
        var id = Guid.Parse(conversationId);
        await app.WithDbAsync(db => db.Set<Conversation>().Where(c => c.Id == id).ExecuteUpdateAsync(s => s.SetProperty(c => c.CitizenId, citizenId)));
        return citizenId!.Value;
    }
}
