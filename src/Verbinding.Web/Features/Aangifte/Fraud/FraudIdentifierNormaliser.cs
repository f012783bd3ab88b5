using Verbinding.Assistant.Entities;
using Verbinding.Web.Features.Contacts;

namespace Verbinding.Web.Features.Aangifte;

/// <summary>The kinds of counterparty identifier a fraud report is linked on.</summary>
public static class FraudIdentifierKinds
{
    public const string Iban = "iban";
    public const string Phone = "phone";
    public const string Email = "email";
    public const string Domain = "domain";
    public const string Profile = "profile";

    public static readonly IReadOnlyList<string> All = [Iban, Phone, Email, Domain, Profile];
}

/// <summary>
/// One spelling per identifier, so "NL91 abna 0417 1643 00" and "NL91ABNA0417164300" meet in the index: IBAN compact
/// upper case (mod-97 checked), phone E.164, e-mail lower case, the domain of a webshop URL, platform + profile name.
/// Anything that does not normalise is left out: a wrong link is worse than a missed one. Pure.
/// </summary>
public static class FraudIdentifierNormaliser
{
    public static IReadOnlyList<(string Kind, string Value)> FromAnswers(IReadOnlyDictionary<string, string> answers)
    {
        string? Get(string key) => answers.GetValueOrDefault(key) is { Length: > 0 } v ? v : null;
        var found = new List<(string Kind, string Value)>();
        void Add(string kind, string? value)
        {
            if (value is not null && !found.Contains((kind, value)))
            {
                found.Add((kind, value));
            }
        }
        Add(FraudIdentifierKinds.Iban, Iban(Get("counterpartyIban")));
        Add(FraudIdentifierKinds.Phone, Phone(Get("counterpartyPhone")));
        Add(FraudIdentifierKinds.Email, Email(Get("counterpartyEmail")));
        Add(FraudIdentifierKinds.Domain, Domain(Get("webshopUrl")));
        Add(FraudIdentifierKinds.Profile, Profile(Get("platform"), Get("profileName")));
        return found;
    }

    public static string? Iban(string? text) => Identifiers.TryIban(text, out var iban) ? iban : null;

    public static string? Phone(string? text) => PhoneNumber.ToE164(text);

    public static string? Email(string? text)
    {
        var email = text?.Trim().ToLowerInvariant();
        return email is { Length: > 2 and <= 200 } && email.IndexOf('@', StringComparison.Ordinal) is > 0 and var at && at < email.Length - 1
            && !email.Any(char.IsWhiteSpace) ? email : null;
    }

    /// <summary>The host without "www.": a fake webshop keeps its domain while its paths change.</summary>
    public static string? Domain(string? url)
    {
        var text = url?.Trim();
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }
        var candidate = text.Contains("://", StringComparison.Ordinal) ? text : "https://" + text;
        if (!Uri.TryCreate(candidate, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https") || !uri.Host.Contains('.', StringComparison.Ordinal))
        {
            return null;
        }
        var host = uri.IdnHost.ToLowerInvariant().TrimEnd('.');
        return host.StartsWith("www.", StringComparison.Ordinal) ? host[4..] : host;
    }

    /// <summary>
    /// "marktplaats:janjansen88" (also for "www.marktplaats.nl"). Only together: a platform alone would link every Marktplaats victim, and a
    /// profile name alone ("Jan") is not specific enough.
    /// </summary>
    public static string? Profile(string? platform, string? profile)
    {
        var where = Compact(platform);
        var who = Compact(profile);
        if (where is null || who is null)
        {
            return null;
        }
        if (where.Contains('.', StringComparison.Ordinal) && Domain(where) is { } domain)
        {
            var labels = domain.Split('.');
            where = labels[^2];
        }
        var value = $"{where}:{who}";
        return value.Length <= 200 ? value : null;
    }

    private static string? Compact(string? text)
    {
        var words = (text ?? "").Trim().ToLowerInvariant().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        return words.Length == 0 ? null : string.Join(' ', words).TrimStart('@');
    }
}
