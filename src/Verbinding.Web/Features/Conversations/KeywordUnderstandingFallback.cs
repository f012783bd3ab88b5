using System.Text.RegularExpressions;
using Verbinding.Assistant.Topics;
using Verbinding.Assistant.Understanding;

namespace Verbinding.Web.Features.Conversations;

/// <summary>
/// TEMPORARY stand-in for Wout's real classifier (<c>WoutUnderstanding</c>, on another branch): a handful of
/// keywords so the chat works end to end. Registered with TryAdd, so the real registration wins at merge;
/// delete this file once it has landed.
/// </summary>
public sealed partial class KeywordUnderstandingFallback : IMessageUnderstanding
{
    private static readonly (Regex Pattern, string Topic)[] Rules =
    [
        (Emergency(), TopicIds.Spoed112),
        (Person(), TopicIds.GesprekMedewerker),
        (Bicycle(), TopicIds.AangifteFietsendiefstal),
        (Nuisance(), TopicIds.MeldingOverlast),
        (Greeting(), TopicIds.Begroeting),
        (Goodbye(), TopicIds.Afsluiting),
    ];

    public MessageUnderstanding Understand(string text, DateTimeOffset now)
    {
        var language = English().IsMatch(text) ? "en" : "nl";
        foreach (var (pattern, topic) in Rules)
        {
            if (pattern.IsMatch(text))
            {
                return new MessageUnderstanding(topic, 0.9, language, topic == TopicIds.Spoed112, [new TopicScore(topic, 0.9)], []);
            }
        }
        return new MessageUnderstanding(TopicIds.Onbekend, 0, language, false, [], []);
    }

    [GeneratedRegex(@"\b(112|gevaar|danger|help nu)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Emergency();

    [GeneratedRegex(@"\b(medewerker|mens|persoon|collega|iemand spreken|human|person|agent|someone)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Person();

    [GeneratedRegex(@"\b(fiets|e-bike|bike|bicycle)", RegexOptions.IgnoreCase)]
    private static partial Regex Bicycle();

    [GeneratedRegex(@"\b(overlast|herrie|lawaai|noise|nuisance)", RegexOptions.IgnoreCase)]
    private static partial Regex Nuisance();

    [GeneratedRegex(@"^\s*(hallo|hoi|goedemorgen|goedemiddag|goedenavond|hello|hi)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Greeting();

    [GeneratedRegex(@"\b(bedankt|dank je|dank u|doei|thanks|thank you|bye)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Goodbye();

    [GeneratedRegex(@"\b(the|my|please|want|speak|stolen|hello|thanks)\b", RegexOptions.IgnoreCase)]
    private static partial Regex English();
}
