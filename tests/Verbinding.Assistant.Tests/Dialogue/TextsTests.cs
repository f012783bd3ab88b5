using Verbinding.Assistant.Dialogue.Triage;
using Verbinding.Assistant.Dialogue.Texts;
using Verbinding.Assistant.Topics;

namespace Verbinding.Assistant.Tests.Dialogue;

public sealed class TextsTests
{
    private static readonly WoutTexts Dutch = WoutTextCatalog.Default.For("nl");
    private static readonly WoutTexts English = WoutTextCatalog.Default.For("en");

    [Fact]
    public void Dutch_and_english_texts_have_the_same_keys()
    {
        Assert.Equal(Dutch.Keys.Order(), English.Keys.Order());
    }

    [Fact]
    public void Every_topic_has_a_plain_language_label_in_both_languages()
    {
        Assert.All(TopicIds.All, topic =>
        {
            Assert.NotEqual(topic, Dutch.Label(topic));
            Assert.NotEqual(topic, English.Label(topic));
        });
    }

    [Fact]
    public void Every_topic_the_policy_refers_to_a_partner_has_an_intro_in_both_languages()
    {
        var triage = WoutTriage.Default;
        var referrals = TopicIds.All
            .Where(t => triage.Knows(t) && !triage.IsAangifteFlow(t))
            .Where(t => TriageReplies.IsReferral(triage.Evaluate(t, new Dictionary<string, string>(), Conversation.Now, new Dictionary<string, string>())))
            .ToList();

        Assert.Contains(TopicIds.VeiligThuis, referrals);
        Assert.All(referrals, topic =>
        {
            Assert.NotNull(Dutch.Referral(topic));
            Assert.NotNull(English.Referral(topic));
        });
    }

    [Fact]
    public void Dutch_addresses_the_citizen_with_u_never_je()
    {
        var dutchWords = Dutch.Keys.Where(k => k.StartsWith("strings.", StringComparison.Ordinal))
            .Select(k => Dutch[k["strings.".Length..]])
            .SelectMany(t => t.Split(' ', ',', '.', '?', '!', ':'));

        Assert.DoesNotContain(dutchWords, w => w is "je" or "jij" or "jouw" or "Je" or "Jij");
    }
}
