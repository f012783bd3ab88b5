using System.ComponentModel.DataAnnotations;

namespace Verbinding.Web.Features.Citizens;

/// <summary>Where citizens sign in. In production a DigiD-style OpenID Connect provider; in Development a simulator.</summary>
public sealed class CitizenIdentityOptions : IValidatableObject
{
    public const string Section = "CitizenIdentity";

    /// <summary>
    /// The provider's issuer URL (discovery at <c>{Authority}/.well-known/openid-configuration</c>).
    /// With the simulator it may stay empty: the app's own listening address is used.
    /// </summary>
    public string? Authority { get; set; }

    [Required]
    public string ClientId { get; set; } = "verbinding-web";

    public string? ClientSecret { get; set; }

    /// <summary>Use the built-in simulated DigiD. Default on in Development and Testing; refused in Production.</summary>
    public bool UseSimulator { get; set; }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (UseSimulator)
        {
            if (!string.IsNullOrEmpty(Authority) && !Uri.TryCreate(Authority, UriKind.Absolute, out _))
            {
                yield return new ValidationResult("CitizenIdentity:Authority must be an absolute URL.", [nameof(Authority)]);
            }
            yield break;
        }
        if (!Uri.TryCreate(Authority, UriKind.Absolute, out var authority) || authority.Scheme != Uri.UriSchemeHttps)
        {
            yield return new ValidationResult(
                "CitizenIdentity:Authority must be the https URL of the DigiD OpenID Connect provider when the simulator is off.",
                [nameof(Authority)]);
        }
        if (string.IsNullOrEmpty(ClientSecret))
        {
            yield return new ValidationResult("CitizenIdentity:ClientSecret is required when the simulator is off.", [nameof(ClientSecret)]);
        }
    }
}
