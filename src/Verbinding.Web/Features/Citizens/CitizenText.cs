namespace Verbinding.Web.Features.Citizens;

/// <summary>Marker for <c>IStringLocalizer&lt;CitizenText&gt;</c>: Dutch in CitizenText.resx, English in CitizenText.en.resx.</summary>
public sealed class CitizenText;
