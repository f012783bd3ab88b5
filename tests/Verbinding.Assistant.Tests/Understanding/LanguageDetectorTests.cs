using Verbinding.Assistant.Understanding;

namespace Verbinding.Assistant.Tests.Understanding;

public sealed class LanguageDetectorTests
{
    [Theory]
    [InlineData("mijn fiets is gestolen bij het station")]
    [InlineData("Hoe kan ik aangifte doen van oplichting?")]
    [InlineData("mn telefoon is gejat")]
    [InlineData("hoi")]
    [InlineData("ok")]
    [InlineData("112")]
    [InlineData("")]
    public void Dutch_and_short_messages_are_Dutch(string message) =>
        Assert.Equal("nl", LanguageDetector.Detect(message));

    [Theory]
    [InlineData("my bike was stolen at the station")]
    [InlineData("How can I report a scam?")]
    [InlineData("someone is following me")]
    [InlineData("I would like to talk to a person please")]
    public void English_messages_are_English(string message) =>
        Assert.Equal("en", LanguageDetector.Detect(message));
}
