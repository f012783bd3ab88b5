namespace Verbinding.Web.Features.Aangifte.Pages;

/// <summary>One input as _Field.cshtml draws it: the key it posts under, its definition, the current value.</summary>
public sealed record FieldView(string Key, FieldDefinition Field, string? Value, string? Error, string Language);
