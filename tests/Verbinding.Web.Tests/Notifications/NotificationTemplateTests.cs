using Verbinding.Web.Infrastructure.Notifications;

namespace Verbinding.Web.Tests.Notifications;

public sealed class NotificationTemplateTests
{
    private static readonly NotificationRenderer Renderer = new("https://verbinding.test");

    public static TheoryData<string, string> TemplatesAndLanguages()
    {
        var data = new TheoryData<string, string>();
        foreach (var template in NotificationTemplateIds.Placeholders.Keys)
        {
            data.Add(template, "nl");
            data.Add(template, "en");
        }
        return data;
    }

    private static Dictionary<string, string> SampleModel(string template) =>
        NotificationTemplateIds.Placeholders[template].ToDictionary(p => p, p => p == NotificationTemplateIds.Link ? "/mijn/zaak/7" : "REF-7");

    [Theory]
    [MemberData(nameof(TemplatesAndLanguages))]
    public void Every_email_says_it_is_from_the_police_warns_about_passwords_and_ends_with_the_automated_footer(string template, string language)
    {
        var mail = Renderer.Render(template, language, SampleModel(template));
        var (police, password, footer) = language == "nl"
            ? ("van de politie", "nooit om uw wachtwoord", "Dit is een automatisch bericht.")
            : ("from the police", "never ask for your password", "This is an automated message.");
        Assert.Contains(police, mail.TextBody, StringComparison.Ordinal);
        Assert.Contains(password, mail.TextBody, StringComparison.Ordinal);
        Assert.Contains(footer, mail.TextBody, StringComparison.Ordinal);
        Assert.Contains(footer, mail.HtmlBody, StringComparison.Ordinal);
        Assert.Contains("https://verbinding.test/mijn/zaak/7", mail.TextBody, StringComparison.Ordinal);
        Assert.Contains("https://verbinding.test/mijn/zaak/7", mail.ShortText, StringComparison.Ordinal);
        Assert.DoesNotContain('{', mail.Subject + mail.TextBody + mail.ShortText);
        Assert.DoesNotContain("<img", mail.HtmlBody, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<script", mail.HtmlBody, StringComparison.OrdinalIgnoreCase);
        Assert.Contains($"lang=\"{language}\"", mail.HtmlBody, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(TemplatesAndLanguages))]
    public void Dutch_and_English_subjects_differ_so_no_text_is_missing_a_translation(string template, string language)
    {
        var other = language == "nl" ? "en" : "nl";
        Assert.NotEqual(Renderer.Render(template, language, SampleModel(template)).Subject, Renderer.Render(template, other, SampleModel(template)).Subject);
    }

    [Fact]
    public void The_survey_invitation_says_the_link_works_for_14_days()
    {
        var model = SampleModel(NotificationTemplateIds.EnqueteUitnodiging);
        Assert.Contains("14 dagen", Renderer.Render(NotificationTemplateIds.EnqueteUitnodiging, "nl", model).TextBody, StringComparison.Ordinal);
        Assert.Contains("14 days", Renderer.Render(NotificationTemplateIds.EnqueteUitnodiging, "en", model).TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public void Html_in_a_reference_is_encoded_not_rendered()
    {
        var html = Renderer.Render(NotificationTemplateIds.AangifteOntvangen, "nl",
            new Dictionary<string, string> { ["receiptNumber"] = "<b>x</b>", ["link"] = "/a?b=1&c=2" }).HtmlBody;
        Assert.Contains("&lt;b&gt;x&lt;/b&gt;", html, StringComparison.Ordinal);
        Assert.Contains("href=\"https://verbinding.test/a?b=1&amp;c=2\"", html, StringComparison.Ordinal);
    }
}
