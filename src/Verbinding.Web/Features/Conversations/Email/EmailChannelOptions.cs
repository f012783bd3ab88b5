using System.ComponentModel.DataAnnotations;

namespace Verbinding.Web.Features.Conversations.Email;

/// <summary>The e-mail channel (section "Email"): our public address, and the SMTP listener that receives mail for it.</summary>
public sealed class EmailChannelOptions
{
    public const string Section = "Email";

    /// <summary>Citizens write here; replies go out from contact+{threadToken}@ the same domain.</summary>
    [Required, EmailAddress]
    public string Address { get; set; } = "contact@politie.example";

    public EmailInboundOptions Inbound { get; set; } = new();
}

/// <summary>
/// The in-process SMTP listener (Email:Inbound). Off by default: the organisation's mail gateway (spam and virus
/// filtering, SPF/DKIM/DMARC, TLS) sits in front of it and relays accepted mail here (docs/channels.md).
/// </summary>
public sealed class EmailInboundOptions
{
    public bool Enabled { get; set; }

    [Range(1, 65535)]
    public int Port { get; set; } = 2525;

    /// <summary>Loopback by default: only the gateway on the same host (or a tunnel) can deliver.</summary>
    [Required]
    public string BindAddress { get; set; } = "127.0.0.1";

    /// <summary>Bigger messages are refused during the SMTP dialogue (552), before anything is stored.</summary>
    [Range(1024, 50_000_000)]
    public int MaxMessageSize { get; set; } = 10_000_000;
}
