using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;

namespace Verbinding.Web.Features.Monitor.Invitations;

/// <summary>
/// Decides whether a contact is in the sample: a hash of its reference, read as a number in [0, 1), is below the
/// rate. The same contact always gets the same answer (on every node, after a restart), so tests can pin it and a
/// retried close does not roll the dice again.
/// </summary>
public static class SurveySampling
{
    public static bool Includes(string contactReference, double rate) =>
        rate >= 1.0 || (rate > 0.0 && Position(contactReference) < rate);

    /// <summary>Where the contact falls in [0, 1).</summary>
    public static double Position(string contactReference)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(contactReference));
        return (BinaryPrimitives.ReadUInt64BigEndian(hash) >> 11) / (double)(1UL << 53);
    }
}
