namespace Verbinding.Assistant.Entities;

/// <summary>Trading platforms citizens name without a domain; the LMIO links fraud reports by these hosts.</summary>
internal static class KnownPlatforms
{
    public static string Host(ReadOnlySpan<char> name) => name.ToString().ToLowerInvariant() switch
    {
        "marktplaats" => "marktplaats.nl",
        "vinted" => "vinted.nl",
        "amazon" => "amazon.nl",
        "coolblue" => "coolblue.nl",
        "zalando" => "zalando.nl",
        "2dehands" => "2dehands.be",
        "tweakers" => "tweakers.net",
        "aliexpress" => "aliexpress.com",
        "temu" => "temu.com",
        "ebay" => "ebay.com",
        "wehkamp" => "wehkamp.nl",
        "thuisbezorgd" => "thuisbezorgd.nl",
        _ => "facebook.com",
    };
}
