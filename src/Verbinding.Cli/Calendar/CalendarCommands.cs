using System.CommandLine;
using System.Globalization;
using Verbinding.Calendar;

namespace Verbinding.Cli.Calendar;

/// <summary>
/// `verbinding calendar ...`: working-day arithmetic for operators and scripts. Reads only reference/calendar.json
/// (no database), so it answers instantly. Output is machine-readable on stdout; problems go to stderr with exit 1.
/// </summary>
internal static class CalendarCommands
{
    public static Command Create()
    {
        var calendar = new Command("calendar", "Working days and public holidays (Europe/Amsterdam).");
        calendar.Subcommands.Add(AddWorkingDays());
        calendar.Subcommands.Add(Holidays());
        return calendar;
    }

    private static Option<string?> UnitOption() =>
        new("--unit") { Description = "Eenheid id (e.g. amsterdam) whose office days and Liberation Day rule apply; default: the national default." };

    private static Command AddWorkingDays()
    {
        var date = new Argument<string>("date") { Description = "Start date, YYYY-MM-DD." };
        var days = new Argument<string>("days") { Description = "Number of working days to add (may be negative)." };
        var unit = UnitOption();
        var command = new Command("add-working-days", "Print the date N working days after DATE (e.g. 2026-12-24 3 -> 2026-12-30).");
        command.Arguments.Add(date);
        command.Arguments.Add(days);
        command.Options.Add(unit);
        command.SetAction(parse => Run(() =>
        {
            var start = ParseDate(parse.GetValue(date));
            var count = int.TryParse(parse.GetValue(days), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n) && Math.Abs(n) <= 10_000
                ? n : throw new CalendarInputException($"'{parse.GetValue(days)}' is not a whole number of working days between -10000 and 10000.");
            var result = Load().For(parse.GetValue(unit)).AddWorkingDays(start, count);
            Console.Out.WriteLine(result.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        }));
        return command;
    }

    private static Command Holidays()
    {
        var year = new Argument<string>("year") { Description = $"Year, {DutchHolidays.FirstYear}-{DutchHolidays.LastYear}." };
        var unit = UnitOption();
        var command = new Command("holidays", "List the public holidays of a year: date and Dutch name, one per line.");
        command.Arguments.Add(year);
        command.Options.Add(unit);
        command.SetAction(parse => Run(() =>
        {
            var text = parse.GetValue(year);
            var y = int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var v) && v is >= DutchHolidays.FirstYear and <= DutchHolidays.LastYear
                ? v : throw new CalendarInputException($"'{text}' is not a year between {DutchHolidays.FirstYear} and {DutchHolidays.LastYear}.");
            foreach (var holiday in Load().For(parse.GetValue(unit)).Holidays(y))
            {
                Console.Out.WriteLine($"{holiday.Date:yyyy-MM-dd} {holiday.DutchName}");
            }
        }));
        return command;
    }

    private static DateOnly ParseDate(string? text) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
        && d.Year is >= DutchHolidays.FirstYear and <= DutchHolidays.LastYear
            ? d
            : throw new CalendarInputException($"'{text}' is not a date in the form YYYY-MM-DD between {DutchHolidays.FirstYear} and {DutchHolidays.LastYear}.");

    private static CalendarSettings Load() => CalendarSettings.Load(CalendarSettings.DefaultPath);

    private static int Run(Action action)
    {
        try
        {
            action();
            return 0;
        }
        catch (Exception ex) when (ex is CalendarInputException or KeyNotFoundException or InvalidDataException or FileNotFoundException or ArgumentOutOfRangeException)
        {
            Console.Error.WriteLine($"error: {ex.Message}");
            return 1;
        }
    }

    private sealed class CalendarInputException(string message) : Exception(message);
}
