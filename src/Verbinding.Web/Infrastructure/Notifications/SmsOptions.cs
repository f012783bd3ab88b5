using System.ComponentModel.DataAnnotations;

namespace Verbinding.Web.Infrastructure.Notifications;

/// <summary>
/// The SMS gateway: a service with the GOV.UK Notify API (such as NotifyNL, the Dutch government's notification
/// service). Without an API key, Development and tests log instead of sending; Production refuses to start.
/// </summary>
public sealed class SmsOptions
{
    /// <summary>The API's base address as the gateway publishes it (https in Production).</summary>
    public string? BaseUrl { get; set; }

    /// <summary>"{name}-{service id}-{secret}" as the service's settings page shows it; a secret, so from a vault.</summary>
    public string? ApiKey { get; set; }

    /// <summary>The SMS template in the service; it must contain the one placeholder ((bericht)).</summary>
    public string? TemplateId { get; set; }

    [Range(typeof(TimeSpan), "00:00:01", "00:01:00")]
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(10);

    public bool IsConfigured => !string.IsNullOrWhiteSpace(ApiKey);
}
