using Verbinding.Web.Features.Cases.FollowUp;
using Verbinding.Web.Infrastructure.Notifications;

namespace Verbinding.Web.Tests.Cases;

/// <summary>Which channel a case's status messages take: the citizen's preference, else e-mail, else SMS, else the portal or nothing.</summary>
public sealed class CaseRecipientTests
{
    [Fact]
    public void Without_a_preference_email_comes_first_and_a_mobile_number_alone_gets_sms()
    {
        Assert.Equal(new CaseRecipient(NotificationChannel.Email, "petra@example.nl"), CaseRecipient.Choose(null, " petra@example.nl ", "0612345678", false));
        Assert.Equal(new CaseRecipient(NotificationChannel.Sms, "+31612345678"), CaseRecipient.Choose(null, null, "06-1234 5678", false));
    }

    [Fact]
    public void An_aangifte_preference_for_sms_is_followed_even_with_an_email_address()
    {
        Assert.Equal(NotificationChannel.Sms, CaseRecipient.Choose("sms", "jan@example.nl", "0612345678", true)!.Channel);
        Assert.Equal(NotificationChannel.Email, CaseRecipient.Choose("email", "jan@example.nl", "0612345678", true)!.Channel);
    }

    [Fact]
    public void Post_or_no_usable_address_means_the_portal_with_DigiD_and_nothing_without()
    {
        Assert.Equal(new CaseRecipient(NotificationChannel.Portal, null), CaseRecipient.Choose("post", "jan@example.nl", null, true));
        Assert.Null(CaseRecipient.Choose(null, "not an address", "12", false));
    }
}
