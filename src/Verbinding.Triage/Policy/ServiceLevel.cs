namespace Verbinding.Triage.Policy;

/// <summary>
/// The maximum time to a first response and to resolution for one channel and request type
/// (<c>*</c> = every type). Service clocks read these; nationally they are maxima units may only shorten.
/// </summary>
public sealed record ServiceLevel(string Channel, string RequestType, string FirstResponse, string? Resolution)
{
    public (string Channel, string RequestType) Key => (Channel, RequestType);
}
