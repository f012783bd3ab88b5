using Verbinding.Web.Features.Conversations.Tools;

namespace Verbinding.Web.Tests.Conversations;

public sealed class CannedRepliesTests
{
    private static readonly CannedReplies Replies = CannedReplies.Load(CannedReplies.DefaultPath);

    [Fact]
    public void Every_canned_reply_has_a_dutch_and_an_english_title_and_text()
    {
        Assert.All(Replies.Replies, r =>
        {
            Assert.False(string.IsNullOrWhiteSpace(r.Title.Nl), r.Id);
            Assert.False(string.IsNullOrWhiteSpace(r.Title.En), r.Id);
            Assert.False(string.IsNullOrWhiteSpace(r.Text.Nl), r.Id);
            Assert.False(string.IsNullOrWhiteSpace(r.Text.En), r.Id);
            Assert.NotEqual(r.Text.Nl, r.Text.En);
        });
    }

    [Fact]
    public void The_list_is_short_enough_to_choose_from_and_ids_are_unique()
    {
        Assert.InRange(Replies.Replies.Count, 8, 12);
        Assert.Equal(Replies.Replies.Count, Replies.Replies.Select(r => r.Id).Distinct().Count());
    }
}
