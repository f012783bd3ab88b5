namespace Verbinding.Web.Features.Help;

/// <summary>A referral partner from <c>reference/partners.json</c>.</summary>
public sealed record Partner(
    string Id,
    string Name,
    LocalizedText Description,
    string? Phone,
    string Website,
    LocalizedText? Hours,
    string Scope,
    bool WarmHandover = false)
{
    /// <summary>Only real numbers get a tel: link; "14 + netnummer" is an instruction, not a number.</summary>
    public string? TelUri =>
        Phone is not null && Phone.All(c => char.IsDigit(c) || c is '-' or ' ')
            ? "tel:" + new string(Phone.Where(char.IsDigit).ToArray())
            : null;

    /// <summary>The website without scheme, as people read it aloud: www.slachtofferhulp.nl.</summary>
    public string WebsiteLabel => Uri.TryCreate(Website, UriKind.Absolute, out var uri)
        ? uri.Host + uri.AbsolutePath.TrimEnd('/')
        : Website;

    public bool IsLocal => Scope == "municipality";
}

public sealed record LocalizedText(string Nl, string En)
{
    public string For(bool english) => english ? En : Nl;
}
