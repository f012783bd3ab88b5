namespace Verbinding.Web.Features.Referrals;

/// <summary>Referrals: where each warm-handover partner receives referrals, and how long their links work.</summary>
public sealed class ReferralOptions
{
    public const string Section = "Referrals";

    /// <summary>Per partner id (reference/partners.json): the intake address and an optional drop folder.</summary>
    public Dictionary<string, PartnerIntakeOptions> Partners { get; set; } = new(StringComparer.Ordinal);

    /// <summary>How long a partner's status link works; each step gets a new one.</summary>
    public TimeSpan PartnerLinkLifetime { get; set; } = TimeSpan.FromDays(14);
}

public sealed class PartnerIntakeOptions
{
    /// <summary>The partner's intake mailbox; without it the partner cannot receive a warm handover.</summary>
    public string? IntakeEmail { get; set; }

    /// <summary>Optional: a folder where the JSON export (verbinding.referral.v1) is written as well, e.g. an SFTP outbox.</summary>
    public string? DropFolder { get; set; }
}
