using System.ComponentModel.DataAnnotations;

namespace Verbinding.Web.Features.Privacy.Retention;

/// <summary>
/// Retention periods that have no home elsewhere (docs/privacy.md has the whole table). Aangifte drafts, appointments
/// and survey tokens keep their own settings: <c>Aangifte:DraftRetentionDays</c>, <c>Appointments:PersonalDataRetentionDays</c>,
/// <c>Monitor:DaysBetweenInvitations</c>.
/// </summary>
public sealed class RetentionOptions
{
    public const string Section = "Retention";

    /// <summary>Runs the purge job in this process (tests switch it off and run the purge themselves).</summary>
    public bool Enabled { get; set; } = true;

    [Range(typeof(TimeSpan), "00:01:00", "7.00:00:00")]
    public TimeSpan Interval { get; set; } = TimeSpan.FromHours(1);

    [Range(10, 10_000)]
    public int BatchSize { get; set; } = 500;

    /// <summary>A chat or WhatsApp conversation linked to no citizen, counted from its last message.</summary>
    [Range(1, 3650)]
    public int AnonymousConversationDays { get; set; } = 90;

    /// <summary>A closed conversation, also of a known citizen, counted from closing (privacy statement: one year).</summary>
    [Range(1, 3650)]
    public int ClosedConversationDays { get; set; } = 365;

    /// <summary>A logged call or bureau visit (privacy statement: one year).</summary>
    [Range(1, 3650)]
    public int LoggedContactDays { get; set; } = 365;

    /// <summary>Contact details and free text of a handled melding, counted from its outcome (Wpg art. 8: one year).</summary>
    [Range(1, 3650)]
    public int ClosedMeldingDays { get; set; } = 365;

    /// <summary>Personal data of a rejected or closed aangifte, counted from its last status change (Wpg art. 8 and 14: five years at most).</summary>
    [Range(1, 3650)]
    public int ClosedAangifteDays { get; set; } = 1825;

    /// <summary>
    /// The citizen's part of a finished referral (contact made, declined, withdrawn), counted from its last step: a year,
    /// as for a handled question (privacy statement).
    /// </summary>
    [Range(1, 3650)]
    public int FinishedReferralDays { get; set; } = 365;

    /// <summary>The citizen's part of a referral the partner never finished, counted from its last step; longer, so a slow partner can still act.</summary>
    [Range(1, 3650)]
    public int OpenReferralDays { get; set; } = 730;

    /// <summary>Template values (reference numbers, links) of a notification once it is sent or given up.</summary>
    [Range(1, 3650)]
    public int SentNotificationDays { get; set; } = 30;
}
