namespace Verbinding.Triage.Policy;

/// <summary>Where the citizen asks. Rules may differ per channel; service levels are per channel.</summary>
public static class Channels
{
    public const string Web = "web";
    public const string Webchat = "webchat";
    public const string Messaging = "messaging";
    public const string Email = "email";
    public const string Phone = "phone";
    public const string Bureau = "bureau";
    public const string Staff = "staff";

    public static readonly IReadOnlyList<string> All = [Web, Webchat, Messaging, Email, Phone, Bureau, Staff];
}
