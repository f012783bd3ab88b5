using Verbinding.Assistant.Dialogue.Melding;

namespace Verbinding.Assistant.Dialogue;

/// <summary>One thing Wout says. Every reply names its topic and carries its actions so any channel can render it.</summary>
public sealed record WoutReply(string Text, string Topic, IReadOnlyList<ReplyAction> Actions);

/// <summary>A button or link under a reply. <see cref="Kind"/> is one of <see cref="ActionKinds"/>.</summary>
public sealed record ReplyAction(string Label, string Href, string Kind);

/// <summary>Wout hands the conversation to a webcare colleague; <see cref="Summary"/> is Dutch, for the agent.</summary>
public sealed record HandoffRequest(string Reason, string Summary);

/// <summary>
/// The outcome of one citizen message: what Wout says, the new state, a handoff if one is needed, and a melding the
/// citizen confirmed (the host registers it and reports back with <c>DialogueEngine.MeldingRegistered</c> or
/// <c>MeldingRefused</c>; until then Wout has said nothing about it).
/// </summary>
public sealed record DialogueTurn(IReadOnlyList<WoutReply> Replies, DialogueState State, HandoffRequest? Handoff, MeldingDraft? Melding = null);

public static class ActionKinds
{
    /// <summary>A page of the Verbinding site (relative href).</summary>
    public const string Route = "route";
    /// <summary>A phone number (href "tel:...").</summary>
    public const string Phone = "tel";
    /// <summary>An external website.</summary>
    public const string Website = "website";
    /// <summary>A knowledge-base answer's source page.</summary>
    public const string Article = "article";
    /// <summary>A quick reply: the channel posts the href ("wout:topic/&lt;id&gt;") back as the citizen's message.</summary>
    public const string QuickReply = "quick-reply";
    /// <summary>A warm handover to a referral partner.</summary>
    public const string Handover = "handover";
}

public static class HandoffReasons
{
    public const string CitizenAsked = "citizen-asked";
    public const string NotUnderstood = "not-understood";
    public const string Distress = "distress";
}
