using System.Text.Json;
using System.Text.Json.Serialization;

namespace Verbinding.Web.Features.Referrals;

/// <summary>
/// What a partner receives (docs/referrals.md, format "verbinding.referral.v1"): the reference, where it came from,
/// and only the consented items. <see cref="StatusLink"/> is where the partner reports accepted/contacted.
/// </summary>
public sealed record PartnerReferralMessage(
    string Reference,
    string PartnerId,
    string Source,
    DateTimeOffset ConsentedAt,
    string Language,
    IReadOnlyDictionary<string, string> Items,
    string StatusLink)
{
    public const string Format = "verbinding.referral.v1";

    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    public string ToJson() => JsonSerializer.Serialize(new PartnerFile(Format, Reference, PartnerId, Source, ConsentedAt, Language, Items, StatusLink), JsonOptions);

    private sealed record PartnerFile(
        [property: JsonPropertyName("format")] string Format,
        string Reference,
        string Partner,
        string Source,
        DateTimeOffset ConsentedAt,
        string Language,
        IReadOnlyDictionary<string, string> Items,
        string StatusLink);
}
