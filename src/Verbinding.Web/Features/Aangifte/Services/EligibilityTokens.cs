using System.Text.Json;
using Microsoft.AspNetCore.DataProtection;

namespace Verbinding.Web.Features.Aangifte;

/// <summary>What the anonymous eligibility check hands to the signed-in wizard.</summary>
public sealed record EligibilityPass(string TypeId, EligibilityRecord Eligibility, string? Prefill);

/// <summary>
/// Carries the eligibility answers across the DigiD sign-in in the return URL: encrypted and signed (so they can be
/// neither read nor forged) and valid for an hour. Nothing is stored before the citizen signs in.
/// </summary>
public sealed class EligibilityTokens(IDataProtectionProvider provider, TimeProvider time)
{
    private readonly ITimeLimitedDataProtector _protector = provider.CreateProtector("Verbinding.Aangifte.Eligibility").ToTimeLimitedDataProtector();

    public string Issue(EligibilityPass pass) =>
        _protector.Protect(JsonSerializer.Serialize(pass), time.GetUtcNow().AddHours(1));

    public EligibilityPass? Read(string? token)
    {
        if (string.IsNullOrEmpty(token) || token.Length > 4000)
        {
            return null;
        }
        try
        {
            var json = _protector.Unprotect(token, out var expires);
            return expires < time.GetUtcNow() ? null : JsonSerializer.Deserialize<EligibilityPass>(json);
        }
        catch (Exception ex) when (ex is System.Security.Cryptography.CryptographicException or JsonException or FormatException)
        {
            return null;
        }
    }
}
