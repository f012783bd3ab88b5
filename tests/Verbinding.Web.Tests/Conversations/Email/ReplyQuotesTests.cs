using Verbinding.Web.Features.Conversations.Email;

namespace Verbinding.Web.Tests.Conversations.Email;

public sealed class ReplyQuotesTests
{
    [Theory]
    [InlineData("Dank u wel!\n\nOp ma 30 nov. 2026 om 10:15 schreef Politie <contact+abc@politie.example>:\n> Bel de wijkagent.\n> Groet")]
    [InlineData("Dank u wel!\n\nOn Mon, 30 Nov 2026 at 10:15, Politie <contact+abc@politie.example> wrote:\n> Call the officer.")]
    [InlineData("Dank u wel!\n\nOp ma 30 nov. 2026 om 10:15 schreef Politie <\ncontact+abc@politie.example>:\n> Bel de wijkagent.")]
    [InlineData("Dank u wel!\n\n-----Oorspronkelijk bericht-----\nVan: Politie\nVerzonden: maandag\nBel de wijkagent.")]
    [InlineData("Dank u wel!\r\n\r\nVan: Politie <contact@politie.example>\r\nVerzonden: maandag 30 november 2026 10:15\r\nAan: mij\r\nBel de wijkagent.")]
    public void Quoted_history_after_the_citizens_words_is_cut(string mail) =>
        Assert.Equal("Dank u wel!", ReplyQuotes.Cut(mail));

    [Fact]
    public void Quote_lines_between_answers_are_dropped_and_the_answers_kept() =>
        Assert.Equal("Ja.\nNee, de auto is blauw.", ReplyQuotes.Cut("> Was het 's nachts?\nJa.\n> Was de auto rood?\nNee, de auto is blauw."));

    [Fact]
    public void A_sentence_that_merely_mentions_writing_is_not_an_attribution() =>
        Assert.Equal("Op maandag schreef ik u al een brief.\nDe buurman ook.", ReplyQuotes.Cut("Op maandag schreef ik u al een brief.\nDe buurman ook."));

    [Fact]
    public void A_mail_that_is_only_a_quote_is_kept_whole_rather_than_lost() =>
        Assert.Equal("> alleen een citaat", ReplyQuotes.Cut("> alleen een citaat"));
}
