using Verbinding.Web.Infrastructure.Notifications;

namespace Verbinding.Web.Tests.Notifications;

/// <summary>Which channel a case's or referral's status messages take: the citizen's preference, else e-mail, else SMS, else the portal or nothing.</summary>
public sealed class NotificationRecipientTests
{
    [Fact]
    public void Without_a_preference_email_comes_first_and_a_mobile_number_alone_gets_sms()
    {
        Assert.Equal(new NotificationRecipient(NotificationChannel.Email, "petra@example.nl"), NotificationRecipient.Choose(null, " petra@example.nl ", "0612345678", false));
        Assert.Equal(new NotificationRecipient(NotificationChannel.Sms, "+31612345678"), NotificationRecipient.Choose(null, null, "06-1234 5678", false));
    }

    [Fact]
    public void An_aangifte_preference_for_sms_is_followed_even_with_an_email_address()
    {
        Assert.Equal(NotificationChannel.Sms, NotificationRecipient.Choose("sms", "jan@example.nl", "0612345678", true)!.Channel);
        Assert.Equal(NotificationChannel.Email, NotificationRecipient.Choose("email", "jan@example.nl", "0612345678", true)!.Channel);
    }

    [Fact]
    public void Post_or_no_usable_address_means_the_portal_with_DigiD_and_nothing_without()
    {
        Assert.Equal(new NotificationRecipient(NotificationChannel.Portal, null), NotificationRecipient.Choose("post", "jan@example.nl", null, true));
        Assert.Null(NotificationRecipient.Choose(null, "not an address", "12", false));
    }
}
