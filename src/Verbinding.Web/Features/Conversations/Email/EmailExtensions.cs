using Microsoft.Extensions.Options;
using Verbinding.Web.Infrastructure.Notifications;

namespace Verbinding.Web.Features.Conversations.Email;

public static class EmailExtensions
{
    /// <summary>The e-mail channel: outbound replies through the outbox always; the SMTP listener only when Email:Inbound:Enabled.</summary>
    public static IHostApplicationBuilder AddEmailChannel(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<EmailChannelOptions>().BindConfiguration(EmailChannelOptions.Section)
            .ValidateDataAnnotations()
            .Validate(o => System.Net.IPAddress.TryParse(o.Inbound.BindAddress, out _), "Email:Inbound:BindAddress must be an IP address.")
            .ValidateOnStart();
        builder.Services.AddSingleton(sp => new EmailAddressing(sp.GetRequiredService<IOptions<EmailChannelOptions>>().Value.Address));
        builder.Services.AddScoped<EmailOutbound>();
        builder.Services.AddScoped<EmailInbound>();
        builder.Services.AddScoped<INotificationComposer, EmailReplyComposer>();
        if (builder.Configuration.GetValue($"{EmailChannelOptions.Section}:Inbound:{nameof(EmailInboundOptions.Enabled)}", false))
            builder.Services.AddHostedService<EmailListener>();
        return builder;
    }
}
