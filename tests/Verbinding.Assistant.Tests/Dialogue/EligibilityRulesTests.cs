using Verbinding.Assistant.Dialogue.Aangifte;
using Verbinding.Assistant.Topics;

namespace Verbinding.Assistant.Tests.Dialogue;

public sealed class EligibilityRulesTests
{
    private static Dictionary<string, string> Answers(params (string Question, string Answer)[] answers) =>
        answers.ToDictionary(a => a.Question, a => a.Answer);

    [Fact]
    public void Happening_now_is_asked_before_anything_else_even_with_a_known_suspect()
    {
        var step = EligibilityRules.Next(TopicIds.AangifteDiefstal, Answers(("suspect-known", "ja")));

        Assert.Equal("happening-now", step.NextQuestion);
    }

    [Fact]
    public void All_no_answers_allow_online_aangifte_of_the_right_type()
    {
        var answers = EligibilityData.For(TopicIds.AangifteVernieling)!.Questions.ToDictionary(q => q, _ => "nee");

        var step = EligibilityRules.Next(TopicIds.AangifteVernieling, answers);

        Assert.Equal(new AangifteRoute(RouteKind.Online, "online-ok", "vernieling"), step.Route);
    }

    [Fact]
    public void A_blocking_answer_decides_without_asking_the_rest()
    {
        var step = EligibilityRules.Next(TopicIds.AangifteDiefstal, Answers(("happening-now", "nee"), ("inside-home", "ja")));

        Assert.Equal(RouteKind.Appointment, step.Route?.Kind);
        Assert.Equal("inside-home", step.Route?.Reason);
    }

    [Fact]
    public void Every_online_type_matches_the_web_form_types()
    {
        var types = EligibilityData.Topics.Select(t => t.OnlineType).OfType<string>().Order();

        Assert.Equal(["cybercrime", "diefstal", "fietsendiefstal", "internetoplichting", "vernieling", "zakkenrollerij"], types);
    }
}
