using Microsoft.AspNetCore.DataProtection;

namespace Verbinding.Web.Infrastructure.Notifications;

/// <summary>
/// Encrypts e-mail addresses and phone numbers at rest. The keys are the application's shared Data Protection
/// keys (in the database), so any node can decrypt what another node stored.
/// </summary>
public sealed class RecipientProtector(IDataProtectionProvider provider)
{
    public const string Purpose = "Verbinding.Notifications.Recipient";

    private readonly IDataProtector _protector = provider.CreateProtector(Purpose);

    public string Protect(string recipient) => _protector.Protect(recipient);

    public string Unprotect(string protectedRecipient) => _protector.Unprotect(protectedRecipient);
}
