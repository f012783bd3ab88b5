namespace Verbinding.Calendar;

/// <summary>A public holiday: its date and its Dutch and English names.</summary>
public sealed record Holiday(DateOnly Date, string DutchName, string EnglishName);
