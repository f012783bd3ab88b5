using Verbinding.Calendar;
using static Verbinding.VictimRights.RightIds;
using static Verbinding.VictimRights.Tests.Scenario;

namespace Verbinding.VictimRights.Tests;

public sealed class DueDateTests
{
    private static readonly Victim Informed = Adult("en", new VictimChoices(KeepInformed: true, Slachtofferhulp: true, Compensation: false, ReleaseInformation: false));

    private static DateTimeOffset Due(IEnumerable<Obligation> list, string id) => list.Single(o => o.RightId == id).Due;

    [Fact]
    public void Statement_is_due_at_first_contact_and_case_information_within_14_calendar_days()
    {
        var list = Derive("diefstal", Informed);
        Assert.Equal(FiledAt, Due(list, StatementOfRights));
        Assert.Equal(new DateTimeOffset(2026, 3, 24, 10, 0, 0, TimeSpan.FromHours(1)), Due(list, CaseInformation));
        // Three working days after Tuesday: Friday; two for the Slachtofferhulp referral: Thursday.
        Assert.Equal(new DateTimeOffset(2026, 3, 13, 10, 0, 0, TimeSpan.FromHours(1)), Due(list, IndividualAssessment));
        Assert.Equal(new DateTimeOffset(2026, 3, 12, 10, 0, 0, TimeSpan.FromHours(1)), Due(list, SlachtofferhulpReferral));
    }

    [Fact]
    public void Working_day_deadlines_skip_Easter_Monday_and_14_days_keep_the_clock_time_across_summer_time()
    {
        // Thursday 2 April 2026, 10:00 summer time: Friday, (weekend, Easter Monday), Tuesday, Wednesday.
        var filed = new DateTimeOffset(2026, 4, 2, 10, 0, 0, TimeSpan.FromHours(2));
        var list = VictimRightsRules.Derive(Offence("diefstal"), Informed, filed, WorkingCalendar.Default);
        Assert.Equal(new DateTimeOffset(2026, 4, 8, 10, 0, 0, TimeSpan.FromHours(2)), Due(list, Interpreter));

        var beforeDst = new DateTimeOffset(2026, 3, 20, 10, 0, 0, TimeSpan.FromHours(1));
        list = VictimRightsRules.Derive(Offence("diefstal"), Informed, beforeDst, WorkingCalendar.Default);
        Assert.Equal(new DateTimeOffset(2026, 4, 3, 10, 0, 0, TimeSpan.FromHours(2)), Due(list, CaseInformation));
    }

    [Fact]
    public void Obligations_have_the_right_owner()
    {
        var list = Derive("doodslag", Informed with { Choices = Informed.Choices with { ReleaseInformation = true } });
        Assert.Equal(ObligationOwner.Intake, list.Single(o => o.RightId == StatementOfRights).Owner);
        Assert.Equal(ObligationOwner.CaseHandler, list.Single(o => o.RightId == ReleaseInformation).Owner);
        Assert.Equal(ObligationOwner.ServiceCentre, list.Single(o => o.RightId == SlachtofferhulpReferral).Owner);
    }
}
