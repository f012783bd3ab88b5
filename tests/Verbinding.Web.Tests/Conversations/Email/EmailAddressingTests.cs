using Verbinding.Web.Features.Conversations.Email;

namespace Verbinding.Web.Tests.Conversations.Email;

public sealed class EmailAddressingTests
{
    private static readonly EmailAddressing Contact = new("Contact@Politie.example");

    [Theory]
    [InlineData("contact@politie.example", true)]
    [InlineData("CONTACT+0123456789abcdef01234567@politie.example", true)]
    [InlineData("contact@elders.example", false)]
    [InlineData("contactx@politie.example", false)]
    [InlineData("info@politie.example", false)]
    public void Only_our_address_and_its_thread_variants_are_accepted(string recipient, bool accepted) =>
        Assert.Equal(accepted, Contact.Accepts(recipient));

    [Theory]
    [InlineData("contact+0123456789abcdef01234567@politie.example", "0123456789abcdef01234567")]
    [InlineData("contact+kort@politie.example", null)]
    [InlineData("contact+0123456789abcdef01234567@elders.example", null)]
    [InlineData("contact@politie.example", null)]
    public void The_thread_token_is_read_from_the_plus_address_only_when_well_formed(string recipient, string? token) =>
        Assert.Equal(token, Contact.ThreadTokenOf(recipient));

    [Fact]
    public void A_new_thread_token_makes_an_address_that_reads_back_to_it()
    {
        var token = EmailThreading.NewToken();
        Assert.Equal(token, Contact.ThreadTokenOf(Contact.ForThread(token)));
    }

    [Theory]
    [InlineData("Re: Antw: Fwd: Fiets gestolen", "Fiets gestolen")]
    [InlineData("RE:re: vraag", "vraag")]
    [InlineData("Reactie op mijn melding", "Reactie op mijn melding")]
    [InlineData(null, "")]
    public void Reply_and_forward_prefixes_are_left_off_the_thread_subject(string? subject, string expected) =>
        Assert.Equal(expected, InboundEmailParser.SubjectOf(subject));

    [Fact]
    public void References_keep_the_newest_ten_without_repeats()
    {
        var references = "";
        for (var i = 0; i < 12; i++)
            references = EmailThreading.Append(references, $"m{i}@x");
        references = EmailThreading.Append(references, "m11@x");
        Assert.Equal(string.Join(' ', Enumerable.Range(2, 10).Select(i => $"m{i}@x")), references);
    }
}
