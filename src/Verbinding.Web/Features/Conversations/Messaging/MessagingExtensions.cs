using Verbinding.Web.Infrastructure.Web;
using Microsoft.Extensions.Options;

namespace Verbinding.Web.Features.Conversations.Messaging;

public static class MessagingExtensions
{
    /// <summary>The WhatsApp channel: webhook processing, delivery, templates; a stored (simulated) sender outside Production.</summary>
    public static IHostApplicationBuilder AddMessaging(this IHostApplicationBuilder builder)
    {
        var environment = builder.Environment;
        var local = environment.IsLocal();
        builder.Services.AddOptions<WhatsAppOptions>()
            .Configure(o => o.Enabled = local)
            .BindConfiguration(WhatsAppOptions.Section)
            .ValidateDataAnnotations()
            .Validate(o => !(o.Enabled && environment.IsProduction() && o.AppSecret == WhatsAppOptions.DevelopmentSecret),
                "Channels:WhatsApp:AppSecret must be set to the app's secret in production.")
            .ValidateOnStart();
        builder.Services.AddSingleton(_ => MessagingTemplates.Load(MessagingTemplates.DefaultPath));
        builder.Services.AddSingleton<ChannelAddresses>();
        builder.Services.AddScoped<ChannelDelivery>();
        builder.Services.AddScoped<WhatsAppInbound>();
        builder.Services.AddScoped<SimulatedMessagingSender>();
        if (local)
            builder.Services.AddScoped<IMessagingSender>(sp => sp.GetRequiredService<SimulatedMessagingSender>());
        else
            builder.Services.AddScoped<IMessagingSender, UnconfiguredMessagingSender>();
        return builder;
    }

    /// <summary>Development and tests only: the simulated phone at /dev/whatsapp.</summary>
    public static bool SimulatorEnabled(this IServiceProvider services) =>
        services.GetRequiredService<IHostEnvironment>() is var env && env.IsLocal()
        && services.GetRequiredService<IOptions<WhatsAppOptions>>().Value.Enabled;
}
