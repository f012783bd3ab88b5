using Verbinding.Web.Infrastructure.Notifications;

namespace Verbinding.Web.Tests.Referrals;

/// <summary>A status message names the partner; the guard lets through an organisation's name from the directory and nothing else.</summary>
public sealed class PartnerPlaceholderTests
{
    [Theory]
    [InlineData("Slachtofferhulp Nederland", true)]
    [InlineData("Buurtbemiddeling", true)]
    [InlineData("Anna de Vries", false)]
    [InlineData("Slachtofferhulp Nederland, Dorpsstraat 1", false)]
    public void Only_a_partner_name_from_the_directory_passes_as_the_partner(string value, bool passes)
    {
        var request = new NotificationRequest("referral-status:test", NotificationChannel.Portal, null, "nl", NotificationTemplateIds.VerwijzingAangenomen,
            new Dictionary<string, string> { ["reference"] = "VW-7K3M9QXA", [NotificationTemplateIds.Partner] = value, [NotificationTemplateIds.Link] = "/mijn/verwijzingen/1" });

        var refused = Record.Exception(() => NotificationModelGuard.Validate(request));

        Assert.Equal(passes, refused is null);
    }
}
