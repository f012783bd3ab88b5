using Verbinding.Web.Infrastructure.Notifications;

namespace Verbinding.Web.Features.Referrals;

public static class ReferralsExtensions
{
    /// <summary>Warm handover to partners: consent, the partner channel of the outbox, tracking. Needs <c>AddNotifications</c>.</summary>
    public static IHostApplicationBuilder AddReferrals(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<ReferralOptions>().BindConfiguration(ReferralOptions.Section);
        services.AddSingleton<ReferralPartners>();
        services.AddScoped<ReferralService>();
        services.AddScoped<ReferralTracking>();
        services.AddScoped<ReferralCitizenNotifier>();
        services.AddScoped<ReferralWithdrawal>();
        services.AddScoped<ReferralQueries>();
        services.AddScoped<IPartnerReferralSender, PartnerReferralSender>();
        services.AddSingleton<INotificationChannel, PartnerReferralChannel>();
        return builder;
    }
}
