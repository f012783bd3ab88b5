using Microsoft.AspNetCore.DataProtection;

namespace Verbinding.Web.Features.Conversations.Messaging;

/// <summary>
/// The citizen's number on a messaging channel, encrypted with Data Protection (keys in the database, shared by
/// all nodes). Only the sender decrypts it; lookups use the keyed hash instead.
/// </summary>
public sealed class ChannelAddresses(IDataProtectionProvider protection)
{
    private readonly IDataProtector _protector = protection.CreateProtector("Verbinding.Conversations.ChannelAddress");

    public string Protect(string e164) => _protector.Protect(e164);

    public string Reveal(string protectedAddress) => _protector.Unprotect(protectedAddress);
}
