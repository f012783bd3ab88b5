using Verbinding.Web.Infrastructure.Data;

namespace Verbinding.Web.Features.VictimRights;

/// <summary>Writes to a register's history. New rows are added to the context explicitly, so on a tracked register they are inserts.</summary>
internal static class RegisterHistory
{
    public static void Record(VerbindingDbContext db, VictimRegister register, DateTimeOffset at, string channel, string actor, string change)
    {
        var entry = new VictimRightsChange
        {
            Id = Guid.CreateVersion7(),
            RegisterId = register.Id,
            At = at,
            Channel = channel,
            Actor = actor,
            Change = change,
        };
        register.Changes.Add(entry);
        db.Add(entry);
    }

    /// <summary>Marks the open obligation for <paramref name="rightId"/> met; false when there is none open.</summary>
    public static bool Meet(VerbindingDbContext db, VictimRegister register, string rightId, string evidence, DateTimeOffset now, string channel, string actor)
    {
        if (register.Obligations.FirstOrDefault(o => o.RightId == rightId && o.Status == ObligationStatus.Open) is not { } obligation)
        {
            return false;
        }
        (obligation.Status, obligation.MetAt, obligation.Evidence) = (ObligationStatus.Met, now, evidence);
        Record(db, register, now, channel, actor, $"obligation:{rightId}=Met");
        return true;
    }
}
