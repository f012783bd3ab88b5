using System.ComponentModel.DataAnnotations;

namespace Verbinding.Web.Infrastructure.Notifications;

public sealed class NotificationOptions
{
    public const string Section = "Notifications";

    /// <summary>Run the background dispatcher; tests switch it off and call <see cref="NotificationDispatcher.DispatchOnceAsync"/>.</summary>
    public bool DispatcherEnabled { get; set; } = true;

    [Range(typeof(TimeSpan), "00:00:00.050", "01:00:00")]
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(10);

    [Range(1, 500)]
    public int BatchSize { get; set; } = 20;

    /// <summary>
    /// While this node serves at least this many requests a second, sending waits so citizens' requests get the CPU
    /// (at most <see cref="MaxDeferral"/>); 0 switches this off. A node at this rate uses a fraction of its cores.
    /// </summary>
    [Range(0, 100_000)]
    public double YieldAboveRequestsPerSecond { get; set; } = 100;

    /// <summary>The longest a busy node keeps messages waiting; after that it sends at full speed while busy.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:30:00")]
    public TimeSpan MaxDeferral { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>After this many failed attempts a notification is Dead and waits for a staff member.</summary>
    [Range(1, 30)]
    public int MaxAttempts { get; set; } = 8;

    /// <summary>Delay after the first failure; it doubles after each further failure (1, 2, 4, 8... minutes).</summary>
    [Range(typeof(TimeSpan), "00:00:00", "01:00:00")]
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>How long a claimed row stays with one node; after that a crashed node's rows are claimed again.</summary>
    [Range(typeof(TimeSpan), "00:00:05", "01:00:00")]
    public TimeSpan LeaseDuration { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>A dead notification's encrypted recipient is erased after this long; a retry after that fails for lack of one.</summary>
    [Range(typeof(TimeSpan), "1.00:00:00", "365.00:00:00")]
    public TimeSpan DeadRecipientRetention { get; set; } = TimeSpan.FromDays(30);

    /// <summary>The public address of the citizen portal; paths in a template model are made absolute with it.</summary>
    [Required, Url]
    public string PortalBaseUrl { get; set; } = "http://localhost:5080";

    /// <summary>Where e-mails go when no SMTP host is configured (not in Production); default data/mail/.</summary>
    public string? PickupDirectory { get; set; }

    public SmtpOptions Smtp { get; set; } = new();

    public SmsOptions Sms { get; set; } = new();
}

public enum SmtpSecurity
{
    /// <summary>STARTTLS when the server offers it (MailKit's default).</summary>
    Auto,
    None,
    StartTls,
    SslOnConnect,
}

public sealed class SmtpOptions
{
    public string? Host { get; set; }

    [Range(1, 65535)]
    public int Port { get; set; } = 587;

    public SmtpSecurity Security { get; set; } = SmtpSecurity.StartTls;

    public string? UserName { get; set; }

    public string? Password { get; set; }

    [Required, EmailAddress]
    public string FromAddress { get; set; } = "noreply@politie.nl";

    [Required]
    public string FromName { get; set; } = "Politie";

    [Range(typeof(TimeSpan), "00:00:01", "00:05:00")]
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);
}
