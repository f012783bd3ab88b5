namespace Verbinding.Calendar;

/// <summary>
/// Whether 5 May counts as a day off. The Algemene termijnenwet counts it every year for legal deadlines;
/// most collective labour agreements (including the government's) give it off only in lustrum years (2025, 2030...).
/// </summary>
public enum LiberationDayRule
{
    EveryYear,
    EveryFiveYears,
    Never,
}
