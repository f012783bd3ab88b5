using System.Security.Cryptography;
using System.Text;

namespace Verbinding.Web.Features.Audit;

/// <summary>The hash chain's pure core: one canonical text per entry, SHA-256 over it.</summary>
public static class AuditHash
{
    /// <summary>The previous hash of the very first entry.</summary>
    public const string Genesis = "0000000000000000000000000000000000000000000000000000000000000000";

    public static string Compute(AuditEntry e)
    {
        // Fields are length-prefixed so that moving a character from one field to the next changes the hash.
        var text = new StringBuilder();
        Append(text, e.Sequence.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Append(text, e.At.UtcTicks.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Append(text, e.ActorId);
        Append(text, e.ActorRole);
        Append(text, e.EenheidId);
        Append(text, e.Action);
        Append(text, e.EntityType);
        Append(text, e.EntityId);
        Append(text, e.Purpose);
        Append(text, e.Source);
        Append(text, e.PreviousHash);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }

    /// <summary>
    /// Providers keep different precision (PostgreSQL microseconds, our SQLite encoding milliseconds);
    /// hashing the value truncated to milliseconds in UTC keeps the chain provider-neutral.
    /// </summary>
    public static DateTimeOffset Normalize(DateTimeOffset at) =>
        new(at.UtcTicks - at.UtcTicks % TimeSpan.TicksPerMillisecond, TimeSpan.Zero);

    private static void Append(StringBuilder text, string? value) =>
        text.Append(value?.Length ?? -1).Append(':').Append(value).Append('|');
}
