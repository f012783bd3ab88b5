using Verbinding.Web.Features.Referrals;

namespace Verbinding.Web.Tests.Referrals;

/// <summary>The one rule that matters most in a warm handover: only what the citizen ticked goes out.</summary>
public sealed class ConsentFilterTests
{
    private static readonly Dictionary<string, string?> Values = new()
    {
        [ConsentItems.Name] = "Anna de Vries",
        [ConsentItems.Phone] = "0612345678",
        [ConsentItems.Email] = "anna@example.nl",
        [ConsentItems.Address] = "",
        [ConsentItems.CaseReference] = "AG-2026-1",
    };

    [Fact]
    public void Only_ticked_items_are_shared()
    {
        var shared = ConsentFilter.Shared(Values, [ConsentItems.Phone]);
        Assert.Equal(new Dictionary<string, string> { [ConsentItems.Phone] = "0612345678" }, shared);
    }

    [Fact]
    public void Nothing_ticked_shares_nothing()
    {
        Assert.Empty(ConsentFilter.Shared(Values, []));
    }

    [Fact]
    public void A_ticked_item_without_a_value_or_an_unknown_item_is_not_shared()
    {
        Assert.Empty(ConsentFilter.Shared(Values, [ConsentItems.Address, ConsentItems.Situation, "bsn"]));
    }

    [Fact]
    public void Only_what_the_citizen_typed_is_ticked_beforehand_never_what_we_already_knew()
    {
        var known = new Dictionary<string, string?> { [ConsentItems.Name] = "Anna de Vries", [ConsentItems.Email] = "anna@example.nl" };
        var typed = new Dictionary<string, string?>
        {
            [ConsentItems.Name] = "Anna de Vries",       // known, unchanged
            [ConsentItems.Email] = "anna.werk@example.nl", // typed over the known one
            [ConsentItems.Phone] = "0612345678",          // typed
            [ConsentItems.Address] = " ",
        };
        Assert.Equal(new HashSet<string> { ConsentItems.Email, ConsentItems.Phone }, ConsentFilter.PreTicked(typed, known));
    }

    [Fact]
    public void Partner_file_holds_only_the_shared_items_in_the_documented_format()
    {
        var json = new PartnerReferralMessage("VW-ABCDEFGH", "slachtofferhulp", "DecisionAid", DateTimeOffset.UnixEpoch, "nl",
            ConsentFilter.Shared(Values, [ConsentItems.Phone]), "https://verbinding.test/partner/verwijzing/x").ToJson();
        Assert.Contains("\"format\": \"verbinding.referral.v1\"", json);
        Assert.Contains("\"phone\": \"0612345678\"", json);
        Assert.DoesNotContain("anna", json, StringComparison.OrdinalIgnoreCase);
    }
}
