using Verbinding.Web.Tests.Infrastructure;

namespace Verbinding.Web.Tests.ServiceClocks;

/// <summary>The `verbinding calendar` contract, run as the real process.</summary>
public sealed class CalendarCliTests
{
    [Fact]
    public async Task Three_working_days_after_christmas_eve_2026_is_30_december()
    {
        await using var database = await TestDatabase.CreateAsync();
        var result = await CliRunner.RunAsync(database, "calendar", "add-working-days", "2026-12-24", "3");
        Assert.Equal(0, result.ExitCode);
        Assert.Equal("2026-12-30", result.StandardOutput.Trim());
        Assert.Empty(result.StandardError);
    }

    [Fact]
    public async Task A_known_unit_gives_its_own_calendar()
    {
        await using var database = await TestDatabase.CreateAsync();
        var result = await CliRunner.RunAsync(database, "calendar", "add-working-days", "2026-04-24", "1", "--unit", "amsterdam");
        Assert.Equal(0, result.ExitCode);
        Assert.Equal("2026-04-28", result.StandardOutput.Trim()); // King's Day Monday 27 April skipped
    }

    [Theory]
    [InlineData("2026-02-30", "3", "2026-02-30")]
    [InlineData("24-12-2026", "3", "YYYY-MM-DD")]
    [InlineData("2026-12-24", "three", "three")]
    public async Task Bad_input_fails_with_a_clear_message_on_stderr(string date, string days, string mentioned)
    {
        await using var database = await TestDatabase.CreateAsync();
        var result = await CliRunner.RunAsync(database, "calendar", "add-working-days", date, days);
        Assert.NotEqual(0, result.ExitCode);
        Assert.Empty(result.StandardOutput);
        Assert.Contains(mentioned, result.StandardError);
    }

    [Fact]
    public async Task An_unknown_unit_is_refused_naming_the_known_ones()
    {
        await using var database = await TestDatabase.CreateAsync();
        var result = await CliRunner.RunAsync(database, "calendar", "add-working-days", "2026-12-24", "3", "--unit", "atlantis");
        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("atlantis", result.StandardError);
        Assert.Contains("midden-nederland", result.StandardError);
    }

    [Fact]
    public async Task Holidays_lists_kings_day_2025_on_saturday_26_april()
    {
        await using var database = await TestDatabase.CreateAsync();
        var result = await CliRunner.RunAsync(database, "calendar", "holidays", "2025");
        Assert.Equal(0, result.ExitCode);
        var lines = result.StandardOutput.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.Contains("2025-04-26 Koningsdag", lines);
        Assert.Contains("2025-12-26 Tweede Kerstdag", lines);
        Assert.Equal(10, lines.Length);
    }
}
