using System.ComponentModel.DataAnnotations;

namespace Verbinding.Web.Features.Contacts;

public sealed class ContactsOptions
{
    public const string Section = "Contacts";

    public const string DevelopmentSecret = "development-only-citizen-identity-key";

    /// <summary>
    /// Key for the keyed hash of BSN, phone numbers and e-mail addresses. Kept out of the database, so a copy of
    /// the database cannot be searched by trying every phone number or BSN. Set a secret outside development.
    /// </summary>
    [Required, MinLength(16)]
    public string IdentityKeySecret { get; set; } = DevelopmentSecret;
}
