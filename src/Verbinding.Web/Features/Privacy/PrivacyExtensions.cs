using Microsoft.Extensions.Options;
using Verbinding.Web.Features.Aangifte.Privacy;
using Verbinding.Web.Features.Appointments;
using Verbinding.Web.Features.Contacts;
using Verbinding.Web.Features.Conversations;
using Verbinding.Web.Features.Meldingen;
using Verbinding.Web.Features.Monitor.Invitations;
using Verbinding.Web.Features.Notifications;
using Verbinding.Web.Features.Privacy.Export;
using Verbinding.Web.Features.Privacy.Retention;
using Verbinding.Web.Features.Referrals;
using Verbinding.Web.Features.VictimRights;
using Verbinding.Web.Infrastructure.Jobs;

namespace Verbinding.Web.Features.Privacy;

public static class PrivacyExtensions
{
    /// <summary>
    /// Privacy rights: the citizen's data export and the retention purge job. One collector and one retention rule
    /// per feature, listed here so what an export covers and what is purged can be read in one place
    /// (docs/privacy.md has the retention table).
    /// </summary>
    public static IHostApplicationBuilder AddPrivacy(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<PrivacyOptions>().BindConfiguration(PrivacyOptions.Section);
        builder.Services.AddScoped<PersonalDataExport>();
        builder.Services.AddScoped<AccessHistory>();
        builder.Services.AddScoped<KnownContactDetailsCache>();
        builder.Services.AddScoped<IPersonalDataCollector, AangiftePersonalData>();
        builder.Services.AddScoped<IPersonalDataCollector, VictimRightsPersonalData>();
        builder.Services.AddScoped<IPersonalDataCollector, MeldingPersonalData>();
        builder.Services.AddScoped<IPersonalDataCollector, ConversationPersonalData>();
        builder.Services.AddScoped<IPersonalDataCollector, ContactPersonalData>();
        builder.Services.AddScoped<IPersonalDataCollector, Attachments.AttachmentPersonalData>();
        builder.Services.AddScoped<IPersonalDataCollector, Cases.Privacy.CasePersonalData>();
        builder.Services.AddScoped<IPersonalDataCollector, AppointmentPersonalData>();
        builder.Services.AddScoped<IPersonalDataCollector, SurveyInvitationPersonalData>();
        builder.Services.AddScoped<IPersonalDataCollector, NotificationPersonalData>();
        builder.Services.AddScoped<IPersonalDataCollector, ReferralPersonalData>();
        builder.Services.AddOptions<RetentionOptions>().BindConfiguration(RetentionOptions.Section)
            .ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddSingleton<RetentionPurge>();
        builder.Services.AddScoped<IRetentionRule, AnonymousConversationRetention>();
        builder.Services.AddScoped<IRetentionRule, ClosedConversationRetention>();
        builder.Services.AddScoped<IRetentionRule, LoggedContactRetention>();
        builder.Services.AddScoped<IRetentionRule, AangifteDraftRetention>();
        builder.Services.AddScoped<IRetentionRule, ClosedAangifteRetention>();
        builder.Services.AddScoped<IRetentionRule, Cases.Privacy.ClosedCaseRetention>();
        builder.Services.AddScoped<IRetentionRule, ClosedMeldingRetention>();
        builder.Services.AddScoped<IRetentionRule, AppointmentRetentionRule>();
        builder.Services.AddScoped<IRetentionRule, SurveyTokenRetention>();
        builder.Services.AddScoped<IRetentionRule, SentNotificationRetention>();
        builder.Services.AddScoped<IRetentionRule, ReferralRetention>();
        if (builder.Configuration.GetValue(RetentionOptions.Section + ":" + nameof(RetentionOptions.Enabled), true))
        {
            builder.Services.AddLeasedJob<RetentionPurgeJob>(sp =>
            {
                var interval = sp.GetRequiredService<IOptions<RetentionOptions>>().Value.Interval;
                return new LeasedJobSchedule(interval, LeaseDuration: interval);
            });
        }
        return builder;
    }
}
