using System.ComponentModel.DataAnnotations;

namespace Verbinding.Web.Features.Conversations.Messaging;

/// <summary>The WhatsApp Business (Cloud API style) channel. Off unless enabled; Development and tests enable it.</summary>
public sealed class WhatsAppOptions
{
    public const string Section = "Channels:WhatsApp";

    public const string DevelopmentSecret = "development-only-whatsapp-app-secret";

    public bool Enabled { get; set; }

    /// <summary>The app secret Meta signs webhook bodies with (X-Hub-Signature-256).</summary>
    [Required, MinLength(16)]
    public string AppSecret { get; set; } = DevelopmentSecret;

    /// <summary>The token we chose when registering the webhook; echoed in the GET verification handshake.</summary>
    [Required, MinLength(8)]
    public string VerifyToken { get; set; } = "development-only-verify-token";

    /// <summary>Older (or later) message timestamps are refused: a captured request cannot be replayed later.</summary>
    [Range(30, 3600)]
    public int MaxMessageAgeSeconds { get; set; } = 300;

    /// <summary>WhatsApp's customer-service window: free-form replies only this long after the citizen's last message.</summary>
    [Range(1, 168)]
    public int ReplyWindowHours { get; set; } = 24;

    public TimeSpan ReplyWindow => TimeSpan.FromHours(ReplyWindowHours);

    public TimeSpan MaxMessageAge => TimeSpan.FromSeconds(MaxMessageAgeSeconds);
}
