using Verbinding.Assistant.Dialogue;

namespace Verbinding.Assistant.Tests.Dialogue;

public sealed class YesNoTests
{
    [Theory]
    [InlineData("ja", YesNoAnswer.Yes)]
    [InlineData("Jazeker!", YesNoAnswer.Yes)]
    [InlineData("klopt", YesNoAnswer.Yes)]
    [InlineData("ja, dat was mijn buurman", YesNoAnswer.Yes)]
    [InlineData("yes", YesNoAnswer.Yes)]
    [InlineData("Yep", YesNoAnswer.Yes)]
    [InlineData("nee hoor", YesNoAnswer.No)]
    [InlineData("Nee.", YesNoAnswer.No)]
    [InlineData("nope", YesNoAnswer.No)]
    [InlineData("no", YesNoAnswer.No)]
    [InlineData("dat klopt niet", YesNoAnswer.No)]
    [InlineData("niet dat ik weet", YesNoAnswer.No)]
    [InlineData("weet ik niet", YesNoAnswer.Unknown)]
    [InlineData("geen idee", YesNoAnswer.Unknown)]
    [InlineData("I don't know", YesNoAnswer.Unknown)]
    [InlineData("not sure", YesNoAnswer.Unknown)]
    public void Reads_yes_and_no_in_many_forms(string text, YesNoAnswer expected)
    {
        Assert.Equal(expected, YesNo.Parse(text));
    }

    [Theory]
    [InlineData("mijn fiets is blauw")]
    [InlineData("")]
    [InlineData("hoe laat is het?")]
    public void Other_text_is_not_an_answer(string text)
    {
        Assert.Null(YesNo.Parse(text));
    }
}
