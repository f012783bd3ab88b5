namespace Verbinding.Assistant.Dialogue.Referral;

/// <summary>A referral partner from reference/partners.json. Texts are per language ("nl", "en").</summary>
public sealed record Partner(
    string Id,
    string Name,
    IReadOnlyDictionary<string, string> Description,
    string? Phone,
    string Website,
    IReadOnlyDictionary<string, string> Hours,
    bool WarmHandover,
    string Scope)
{
    public string DescriptionIn(string language) => Description.GetValueOrDefault(language) ?? Description["nl"];

    public string HoursIn(string language) => Hours.GetValueOrDefault(language) ?? Hours["nl"];

    /// <summary>A dialable "tel:" href, or null when the number is not one (e.g. "14 + netnummer").</summary>
    public string? TelHref()
    {
        if (Phone is null || Phone.Any(char.IsLetter) || Phone.Contains('+'))
            return null;
        var digits = new string(Phone.Where(char.IsDigit).ToArray());
        return digits.Length >= 3 ? $"tel:{digits}" : null;
    }
}
