using System.Net.Mail;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;
using Verbinding.Web.Features.Citizens;

namespace Verbinding.Web.Features.Contacts;

/// <summary>How a citizen is recognised: the kind of identifier, its keyed hash, and a masked hint for colleagues.</summary>
public sealed record CitizenKey(string Kind, string Hash, string Hint);

public static class IdentityKinds
{
    public const string Bsn = "bsn";
    public const string Phone = "telefoon";
    public const string Email = "email";
}

/// <summary>
/// Turns a BSN, phone number or e-mail address into a <see cref="CitizenKey"/>: normalised first (so "06-1234 5678"
/// and WhatsApp's "31612345678" are one key), then hashed with a secret key (HMAC-SHA256). The value itself is not kept.
/// </summary>
public sealed class CitizenKeys(IOptions<ContactsOptions> options)
{
    private readonly byte[] _secret = Encoding.UTF8.GetBytes(options.Value.IdentityKeySecret);

    public CitizenKey? Phone(string? input) =>
        PhoneNumber.ToE164(input) is { } e164 ? Key(IdentityKinds.Phone, e164, e164[..3] + " ... " + e164[^4..]) : null;

    public CitizenKey? Email(string? input)
    {
        var value = input?.Trim().ToLowerInvariant();
        if (string.IsNullOrEmpty(value) || value.Length > 254 || !MailAddress.TryCreate(value, out var address) || address.Address != value
            || !address.Host.Contains('.', StringComparison.Ordinal))
            return null;
        return Key(IdentityKinds.Email, value, value[0] + "...@" + address.Host);
    }

    public CitizenKey Bsn(Bsn bsn) => Key(IdentityKinds.Bsn, bsn.Value, bsn.Masked);

    public CitizenKey? Bsn(string? input) => Citizens.Bsn.TryParse(input, out var bsn) ? Bsn(bsn) : null;

    private CitizenKey Key(string kind, string value, string hint) =>
        new(kind, Convert.ToHexStringLower(HMACSHA256.HashData(_secret, Encoding.UTF8.GetBytes(kind + ":" + value))), hint);
}
