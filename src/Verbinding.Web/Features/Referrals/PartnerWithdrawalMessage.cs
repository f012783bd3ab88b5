using System.Text.Json;
using System.Text.Json.Serialization;

namespace Verbinding.Web.Features.Referrals;

/// <summary>
/// What a partner's pickup job reads when a citizen withdraws consent (format "verbinding.referral-withdrawal.v1"):
/// which referral, and when. It carries none of the details the referral itself carried.
/// </summary>
public sealed record PartnerWithdrawalMessage(string Reference, string PartnerId, DateTimeOffset WithdrawnAt)
{
    public const string Format = "verbinding.referral-withdrawal.v1";

    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    public string ToJson() => JsonSerializer.Serialize(new WithdrawalFile(Format, Reference, PartnerId, WithdrawnAt), JsonOptions);

    private sealed record WithdrawalFile([property: JsonPropertyName("format")] string Format, string Reference, string Partner, DateTimeOffset WithdrawnAt);
}
