using System.ComponentModel.DataAnnotations;

namespace Verbinding.Web.Features.Monitor.Invitations;

/// <summary>When and how often one kind of closed contact leads to an invitation (section "Monitor:Triggers:&lt;Kind&gt;").</summary>
public sealed class InvitationTriggerOptions
{
    public bool Enabled { get; set; } = true;

    /// <summary>Time between closing the contact and inviting: long enough to let it sink in, short enough to remember it.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "30.00:00:00")]
    public TimeSpan Delay { get; set; } = TimeSpan.FromDays(2);

    /// <summary>Share of contacts invited (0-1), decided per contact by a hash of its reference, so it is repeatable.</summary>
    [Range(0.0, 1.0)]
    public double SamplingRate { get; set; } = 1.0;
}

/// <summary>The kinds of closed contacts that can trigger an invitation.</summary>
public sealed class InvitationTriggers
{
    [Required]
    public InvitationTriggerOptions Aangifte { get; set; } = new();

    /// <summary>A chat closed by a colleague: the invitation appears in the chat itself, so there is no delay by default.</summary>
    [Required]
    public InvitationTriggerOptions Chat { get; set; } = new() { Delay = TimeSpan.Zero };

    /// <summary>A phone call or counter visit logged by a colleague (invited only when an e-mail address was given).</summary>
    [Required]
    public InvitationTriggerOptions LoggedContact { get; set; } = new();
}
