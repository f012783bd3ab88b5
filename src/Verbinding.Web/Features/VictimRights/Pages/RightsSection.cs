namespace Verbinding.Web.Features.VictimRights.Pages;

/// <summary>What the citizen's rights section shows: their register, evaluated at <paramref name="Now"/>, and the form values.</summary>
public sealed record RightsSection(VictimRegister Register, DateTimeOffset Now, string Language, ChoicesForm Form);

/// <summary>
/// The citizen's choices as posted ("ja"/"nee" and a language code). Never bound to the entity: the register
/// changes only through <see cref="VictimRightsRegistry.ChangeChoicesAsync"/>.
/// </summary>
public sealed class ChoicesForm
{
    public const string Yes = "ja";
    public const string No = "nee";

    /// <summary>Languages offered in the form; the statement of rights exists in nl, en, fr and de, others get a translator.</summary>
    public static readonly IReadOnlyList<string> Languages = ["nl", "en", "fr", "de", "ar", "tr", "pl", "uk", "es"];

    public string? KeepInformed { get; set; }

    public string? Slachtofferhulp { get; set; }

    public string? Compensation { get; set; }

    public string? ReleaseInformation { get; set; }

    public string? Language { get; set; }

    public static ChoicesForm From(VictimRegister r) => new()
    {
        KeepInformed = YesNo(r.KeepInformed),
        Slachtofferhulp = r.Slachtofferhulp is { } s ? YesNo(s) : null,
        Compensation = YesNo(r.Compensation),
        ReleaseInformation = YesNo(r.ReleaseInformation),
        Language = r.Language,
    };

    public static string YesNo(bool value) => value ? Yes : No;

    /// <summary>The choices, or null when an answer is missing or not "ja"/"nee".</summary>
    public Verbinding.VictimRights.VictimChoices? ToChoices()
    {
        bool? Parse(string? v) => v switch { Yes => true, No => false, _ => null };
        return (Parse(KeepInformed), Parse(Slachtofferhulp), Parse(Compensation), Parse(ReleaseInformation)) is ({ } k, { } s, { } c, { } r)
            ? new(k, s, c, r)
            : null;
    }

    public bool LanguageIsValid => Language is not null && Languages.Contains(Language);
}
