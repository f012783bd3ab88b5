using Verbinding.Assistant.Entities;
using static Verbinding.Assistant.Tests.Entities.Extracting;

namespace Verbinding.Assistant.Tests.Entities;

public sealed class DateEntityTests
{
    [Theory]
    [InlineData("Vandaag is mijn fiets gestolen", "2026-11-29")]
    [InlineData("gisteren werd ingebroken", "2026-11-28")]
    [InlineData("Gister is mijn auto bekrast", "2026-11-28")]
    [InlineData("eergisteren gebeurd", "2026-11-27")]
    [InlineData("vanochtend zag ik het", "2026-11-29")]
    [InlineData("gisteravond om half 9", "2026-11-28")]
    [InlineData("gister avond stond hij er nog", "2026-11-28")]
    [InlineData("gisteren avond was alles nog goed", "2026-11-28")]
    [InlineData("vannacht is er ingebroken", "2026-11-28/2026-11-29")]
    [InlineData("vorige week dinsdag", "2026-11-17")]
    [InlineData("dinsdag vorige week", "2026-11-17")]
    [InlineData("afgelopen zaterdag", "2026-11-28")]
    [InlineData("Zaterdag is mijn scooter gestolen", "2026-11-28")]
    [InlineData("zondag gebeurd", "2026-11-22")]
    [InlineData("maandag gebeurd", "2026-11-23")]
    [InlineData("op 12-3 betaald", "2026-03-12")]
    [InlineData("op 12-3-2026 betaald", "2026-03-12")]
    [InlineData("op 12/03/26 betaald", "2026-03-12")]
    [InlineData("op 12 maart betaald", "2026-03-12")]
    [InlineData("op 3 mrt 2025 betaald", "2025-03-03")]
    [InlineData("3 dagen geleden", "2026-11-26")]
    [InlineData("twee weken geleden", "2026-11-15")]
    [InlineData("vorige week", "2026-11-16/2026-11-22")]
    [InlineData("vorige maand", "2026-10-01/2026-10-31")]
    [InlineData("afgelopen weekend", "2026-11-28/2026-11-29")]
    [InlineData("it happened yesterday", "2026-11-28")]
    [InlineData("last Tuesday my phone was stolen", "2026-11-24")]
    [InlineData("last night someone broke in", "2026-11-28/2026-11-29")]
    [InlineData("on 12 March I paid", "2026-03-12")]
    [InlineData("on March 12, 2025 I paid", "2025-03-12")]
    [InlineData("a week ago", "2026-11-22")]
    [InlineData("op zaterdag 14 november 2026 om 14:30", "2026-11-14")]
    [InlineData("the day before yesterday", "2026-11-27")]
    public void Dutch_and_English_date_phrases_resolve_against_now(string message, string expected)
    {
        Assert.Equal(expected, Single(message, EntityKind.Date));
    }

    [Theory]
    [InlineData("op 12-12 betaald", "2025-12-12")]
    [InlineData("op 30 december", "2025-12-30")]
    [InlineData("on 1 April", "2025-04-01")]
    [InlineData("op 1 maart", "2026-03-01")]
    public void Date_later_than_today_without_year_is_last_year(string message, string expected)
    {
        var earlyMarch = new DateTimeOffset(2026, 3, 14, 10, 0, 0, TimeSpan.FromHours(1));
        Assert.Equal(expected, Single(message, EntityKind.Date, earlyMarch));
    }

    [Theory]
    [InlineData("volgende week dinsdag kom ik langs")]
    [InlineData("komende zaterdag ben ik thuis")]
    [InlineData("next Monday I will call")]
    [InlineData("ik heb 31-2 gebeld")]
    [InlineData("mijn nummer is 06-12345678")]
    [InlineData("het kenteken is 12-AB-34")]
    [InlineData("in mei 2 keer gebeld")]
    public void Not_a_past_date(string message)
    {
        Assert.Empty(Values(message, EntityKind.Date));
    }

    [Fact]
    public void Yesterday_follows_the_Amsterdam_calendar_not_utc()
    {
        // 23:30 UTC on 28 March 2026 is already 29 March 00:30 in Amsterdam (CET, just before DST starts).
        var lateUtc = new DateTimeOffset(2026, 3, 28, 23, 30, 0, TimeSpan.Zero);
        Assert.Equal("2026-03-29", Single("vandaag", EntityKind.Date, lateUtc));
        Assert.Equal("2026-03-28", Single("gisteren", EntityKind.Date, lateUtc));
    }

    [Fact]
    public void Summer_time_start_night_still_counts_as_one_day()
    {
        // 01:30 UTC on 29 March 2026 is 03:30 CEST: clocks jumped from 02:00 to 03:00 that night.
        var afterSwitch = new DateTimeOffset(2026, 3, 29, 1, 30, 0, TimeSpan.Zero);
        Assert.Equal("2026-03-29", Single("vandaag", EntityKind.Date, afterSwitch));
        Assert.Equal("2026-03-28/2026-03-29", Single("vannacht", EntityKind.Date, afterSwitch));
    }

    [Fact]
    public void Winter_time_end_uses_local_date()
    {
        // 22:30 UTC on 24 October 2026 is 00:30 CEST on 25 October, the night clocks go back.
        var nightOfSwitch = new DateTimeOffset(2026, 10, 24, 22, 30, 0, TimeSpan.Zero);
        Assert.Equal("2026-10-24", Single("gisteravond", EntityKind.Date, nightOfSwitch));
        Assert.Equal("2026-10-25", Single("today", EntityKind.Date, nightOfSwitch));
    }
}
