using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Verbinding.Triage.Policy;
using Verbinding.Web.Infrastructure.Localization;

namespace Verbinding.Web.Features.Aangifte.Pages;

/// <summary>Shared by the aangifte pages: the language for data texts and localised field errors.</summary>
public abstract class AangiftePage(IStringLocalizer<AangifteText> text) : PageModel
{
    public string Language => SiteCultures.IsEnglish ? Languages.English : Languages.Dutch;

    protected IStringLocalizer<AangifteText> Text => text;

    protected void AddError(string key, FieldDefinition field, FieldError error) =>
        ModelState.AddModelError(key, text[error.Key, [field.Label.For(Language), .. error.Args]]);
}
