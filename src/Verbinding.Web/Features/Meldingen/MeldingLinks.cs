namespace Verbinding.Web.Features.Meldingen;

public static class MeldingLinks
{
    public const string Form = "/melding";
    public const string TrackingPage = "/melding/volgen";

    /// <summary>The status page; with the code the reporter lands on the status at once, without it they type the code.</summary>
    public static string Tracking(string reference, string? code) =>
        code is null
            ? $"{TrackingPage}?ref={Uri.EscapeDataString(reference)}"
            : $"{TrackingPage}?ref={Uri.EscapeDataString(reference)}&code={Uri.EscapeDataString(code)}";

    public static string NewForCategory(string category) => $"/melding/nieuw?category={Uri.EscapeDataString(category)}";
}
