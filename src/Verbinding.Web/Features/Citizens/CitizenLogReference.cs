using System.Security.Cryptography;
using System.Text;

namespace Verbinding.Web.Features.Citizens;

/// <summary>
/// What logs may say about a citizen: a keyed hash of the BSN, so one person's requests can be followed
/// within a run without the BSN ever reaching a log store. The key lives only in memory, so the
/// reference cannot be turned back into a BSN by trying all billion numbers.
/// </summary>
public sealed class CitizenLogReference
{
    private readonly byte[] _key = RandomNumberGenerator.GetBytes(32);

    public string For(Bsn bsn) =>
        Convert.ToHexStringLower(HMACSHA256.HashData(_key, Encoding.ASCII.GetBytes(bsn.Value)))[..16];
}
