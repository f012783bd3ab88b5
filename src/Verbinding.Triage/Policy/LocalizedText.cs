namespace Verbinding.Triage.Policy;

/// <summary>A text in Dutch (first) and English; policy data carries both.</summary>
public sealed record LocalizedText(string Nl, string En)
{
    public string For(string language) => language == Languages.English ? En : Nl;
}

public static class Languages
{
    public const string Dutch = "nl";
    public const string English = "en";

    public static bool IsSupported(string? language) => language is Dutch or English;
}
