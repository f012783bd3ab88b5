using Verbinding.Web.Features.Contacts;
using Verbinding.Web.Features.Conversations.Messaging;

namespace Verbinding.Web.Tests.Conversations;

public sealed class PhoneNumberTests
{
    [Theory]
    [InlineData("06-12345678")]
    [InlineData("06 1234 5678")]
    [InlineData("+31 6 12345678")]
    [InlineData("+31 (0)6 1234 5678")]
    [InlineData("0031612345678")]
    [InlineData("31612345678")]
    public void Every_way_of_writing_a_Dutch_mobile_number_is_one_number(string input) =>
        Assert.Equal("+31612345678", PhoneNumber.ToE164(input));

    [Theory]
    [InlineData("")]
    [InlineData("0612")]
    [InlineData("06-1234567a")]
    [InlineData("+31+612345678")]
    [InlineData("061234567890")]
    public void Text_that_is_no_phone_number_is_refused(string input) => Assert.Null(PhoneNumber.ToE164(input));

    [Fact]
    public void Signature_is_valid_only_for_the_same_body_and_secret()
    {
        var body = "{\"entry\":[]}"u8.ToArray();
        var header = WebhookSignature.Sign(body, "secret-one-secret-one");

        Assert.True(WebhookSignature.IsValid(body, header, "secret-one-secret-one"));
        Assert.True(WebhookSignature.IsValid(body, header.ToUpperInvariant().Replace("SHA256=", "sha256=", StringComparison.Ordinal), "secret-one-secret-one"));
        Assert.False(WebhookSignature.IsValid(body, header, "secret-two-secret-two"));
        Assert.False(WebhookSignature.IsValid("{\"entry\":[1]}"u8.ToArray(), header, "secret-one-secret-one"));
        Assert.False(WebhookSignature.IsValid(body, header[..^2], "secret-one-secret-one"));
    }
}
