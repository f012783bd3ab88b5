using Microsoft.EntityFrameworkCore;
using Verbinding.Web.Infrastructure.Notifications;
using Verbinding.Web.Tests.Infrastructure;

namespace Verbinding.Web.Tests.Notifications;

public sealed class DispatchReliabilityTests
{
    [Fact]
    public async Task Two_nodes_dispatching_at_the_same_time_send_every_notification_exactly_once()
    {
        await using var smtp = await TestSmtpServer.StartAsync();
        await using var database = await TestDatabase.CreateAsync();
        await using var nodeA = await NotificationsApp.StartAsync(smtp, database, batchSize: 4);
        await using var nodeB = await NotificationsApp.StartAsync(smtp, database, batchSize: 4);
        const int count = 40;
        for (var i = 0; i < count; i++)
        {
            await (i % 2 == 0 ? nodeA : nodeB).EnqueueAsync(NotificationsApp.AangifteReceipt($"node-{i:D3}", $"burger{i}@example.nl"));
        }

        async Task<int> DrainAsync(VerbindingApplication node)
        {
            var sent = 0;
            for (var idle = 0; idle < 3;)
            {
                var result = await node.DispatchAsync();
                sent += result.Sent;
                idle = result.Claimed == 0 ? idle + 1 : 0;
            }
            return sent;
        }
        var perNode = await Task.WhenAll(DrainAsync(nodeA), DrainAsync(nodeB), DrainAsync(nodeA), DrainAsync(nodeB));

        Assert.Equal(count, perNode.Sum());
        Assert.Equal(count, smtp.Messages.Count);
        Assert.Equal(count, smtp.Messages.Select(m => m.To.Mailboxes.Single().Address).Distinct().Count());
        Assert.Equal(count, await nodeA.WithDbAsync(db => db.Set<OutboxNotification>().CountAsync(n => n.Status == NotificationStatus.Sent)));
    }

    [Fact]
    public async Task When_the_mail_server_is_down_the_retry_waits_a_minute_and_succeeds_once_it_is_up()
    {
        await using var smtp = TestSmtpServer.Reserve(); // not listening yet
        await using var app = await NotificationsApp.StartAsync(smtp);
        const string key = "aangifte-receipt:down";
        await app.EnqueueAsync(NotificationsApp.AangifteReceipt("down", "pietje.puk@example.nl"));

        var before = DateTimeOffset.UtcNow;
        Assert.Equal(1, (await app.DispatchAsync()).Failed);
        var failed = await app.NotificationAsync(key);
        Assert.Equal(NotificationStatus.Failed, failed.Status);
        Assert.Equal(1, failed.Attempts);
        Assert.InRange(failed.NextAttemptAt, before.AddSeconds(55), DateTimeOffset.UtcNow.AddSeconds(65));
        Assert.Contains("Connection failed", failed.LastError, StringComparison.Ordinal);
        Assert.DoesNotContain("pietje", failed.LastError, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(0, (await app.DispatchAsync()).Claimed); // not due yet

        await smtp.StartListeningAsync();
        await app.MakeDueAsync(key);
        Assert.Equal(1, (await app.DispatchAsync()).Sent);
        await smtp.WaitForMessageAsync(m => m.To.Mailboxes.Any(a => a.Address == "pietje.puk@example.nl"));
        var sent = await app.NotificationAsync(key);
        Assert.Equal(NotificationStatus.Sent, sent.Status);
        Assert.Equal(2, sent.Attempts);
    }

    [Fact]
    public async Task A_crashed_nodes_claim_is_taken_over_only_after_its_lease_expires()
    {
        await using var smtp = await TestSmtpServer.StartAsync();
        await using var app = await NotificationsApp.StartAsync(smtp);
        const string key = "aangifte-receipt:crash";
        await app.EnqueueAsync(NotificationsApp.AangifteReceipt("crash", "crash@example.nl"));
        Task ClaimedByDeadNodeAsync(DateTimeOffset until) => app.WithDbAsync(db => db.Set<OutboxNotification>().Where(n => n.IdempotencyKey == key)
            .ExecuteUpdateAsync(s => s.SetProperty(n => n.Status, NotificationStatus.Sending).SetProperty(n => n.LeaseHolder, "crashed-node").SetProperty(n => n.LeaseUntil, until)));

        await ClaimedByDeadNodeAsync(DateTimeOffset.UtcNow.AddMinutes(4));
        Assert.Equal(0, (await app.DispatchAsync()).Claimed);

        await ClaimedByDeadNodeAsync(DateTimeOffset.UtcNow.AddSeconds(-1));
        Assert.Equal(1, (await app.DispatchAsync()).Sent);
        await smtp.WaitForMessageAsync(m => m.To.Mailboxes.Any(a => a.Address == "crash@example.nl"));
    }
}
