using Verbinding.Web.Features.Conversations.Email;

namespace Verbinding.Web.Tests.Conversations.Email;

public sealed class HtmlToTextTests
{
    [Fact]
    public void Scripts_styles_and_tags_disappear_and_entities_are_decoded() =>
        Assert.Equal("Hallo & goedemiddag <politie>",
            HtmlToText.Convert("<html><head><title>t</title><style>b{}</style></head><body><script>alert(1)</script><b>Hallo</b> &amp; goedemiddag &lt;politie&gt;</body></html>"));

    [Fact]
    public void Paragraphs_breaks_and_list_items_become_lines() =>
        Assert.Equal("Eerste alinea.\n\nTweede\nregel\n\nfiets\nscooter",
            HtmlToText.Convert("<p>Eerste   alinea.</p><p>Tweede<br>regel</p><ul><li>fiets</li><li>scooter</li></ul>"));

    [Fact]
    public void An_unclosed_script_hides_nothing_but_itself() =>
        Assert.Equal("tekst", HtmlToText.Convert("tekst<script>var x = '<p>geen tekst</p>';"));
}
