using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Verbinding.Web.Features.Audit;
using Verbinding.Web.Tests.Infrastructure;

namespace Verbinding.Web.Tests.Audit;

public sealed class AuditChainTests
{
    private static async Task RecordAsync(VerbindingApplication app, int count, string eenheid = "midden-nederland")
    {
        var trail = app.Services.GetRequiredService<AuditTrail>();
        for (var i = 0; i < count; i++)
        {
            await trail.RecordAsync(new AuditEvent("read", "Case", $"case-{i}", "handling"), new AuditActor("staff:test", "Intake", eenheid, "127.0.0.1"));
        }
    }

    [Fact]
    public async Task Untouched_trail_verifies_and_an_altered_entry_is_named()
    {
        await using var app = await VerbindingApplication.StartAsync();
        await RecordAsync(app, 12);
        var intact = await app.WithDbAsync(db => AuditQuery.VerifyAsync(db.Set<AuditEntry>(), default));
        Assert.True(intact.Intact);
        Assert.True(intact.Count >= 12);

        var target = await app.WithDbAsync(db => db.Set<AuditEntry>().Where(e => e.EntityId == "case-5").Select(e => e.Sequence).SingleAsync());
        await app.WithDbAsync(db => db.Set<AuditEntry>().Where(e => e.Sequence == target)
            .ExecuteUpdateAsync(s => s.SetProperty(e => e.Purpose, "nosy")));

        var broken = await app.WithDbAsync(db => AuditQuery.VerifyAsync(db.Set<AuditEntry>(), default));
        Assert.False(broken.Intact);
        Assert.Equal(target, broken.FirstBrokenSequence);
    }

    [Fact]
    public async Task Deleted_entry_breaks_the_chain()
    {
        await using var app = await VerbindingApplication.StartAsync();
        await RecordAsync(app, 5);
        await app.WithDbAsync(db => db.Set<AuditEntry>().Where(e => e.EntityId == "case-2").ExecuteDeleteAsync());
        var result = await app.WithDbAsync(db => AuditQuery.VerifyAsync(db.Set<AuditEntry>(), default));
        Assert.False(result.Intact);
    }

    [Fact]
    public async Task Concurrent_writers_keep_one_linear_chain()
    {
        await using var app = await VerbindingApplication.StartAsync();
        await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => RecordAsync(app, 10)));
        var result = await app.WithDbAsync(db => AuditQuery.VerifyAsync(db.Set<AuditEntry>(), default));
        Assert.True(result.Intact, result.Reason);
        Assert.Equal(40, await app.WithDbAsync(db => db.Set<AuditEntry>().CountAsync(e => e.EntityType == "Case")));
    }

    [Fact]
    public async Task Two_nodes_writing_at_once_keep_one_linear_chain()
    {
        await using var app = await VerbindingApplication.StartAsync();
        // A second trail with its own writer queue stands in for a second node on the same database.
        var otherNode = new AuditTrail(
            new AuditChainWriter(app.Services.GetRequiredService<IServiceScopeFactory>(), NullLogger<AuditChainWriter>.Instance),
            TimeProvider.System, app.Services.GetRequiredService<IAuditActorAccessor>());
        var actor = new AuditActor("staff:test", "Intake", "midden-nederland", "127.0.0.1");
        var thisNode = app.Services.GetRequiredService<AuditTrail>();
        await Task.WhenAll(Enumerable.Range(0, 8).Select(async writer =>
        {
            var trail = writer % 2 == 0 ? thisNode : otherNode;
            for (var i = 0; i < 25; i++)
            {
                await trail.RecordAsync(new AuditEvent("read", "Case", $"w{writer}-{i}", "handling"), actor);
            }
        }));
        var result = await app.WithDbAsync(db => AuditQuery.VerifyAsync(db.Set<AuditEntry>(), default));
        Assert.True(result.Intact, result.Reason);
        Assert.Equal(200, await app.WithDbAsync(db => db.Set<AuditEntry>().CountAsync(e => e.EntityType == "Case")));
    }

    [Fact]
    public async Task Cli_audit_verify_exits_zero_when_intact_and_non_zero_naming_the_broken_entry()
    {
        await using var app = await VerbindingApplication.StartAsync();
        await RecordAsync(app, 3);
        var ok = await CliRunner.RunAsync(app.Database, "audit", "verify");
        Assert.True(ok.ExitCode == 0, ok.Output);
        Assert.Matches(@"intact: \d+ entries verified", ok.Output);

        await app.WithDbAsync(db => db.Set<AuditEntry>().Where(e => e.EntityId == "case-1").ExecuteUpdateAsync(s => s.SetProperty(e => e.ActorId, "someone-else")));
        var sequence = await app.WithDbAsync(db => db.Set<AuditEntry>().Where(e => e.EntityId == "case-1").Select(e => e.Sequence).SingleAsync());
        var failed = await CliRunner.RunAsync(app.Database, "audit", "verify");
        Assert.NotEqual(0, failed.ExitCode);
        Assert.Contains($"BROKEN at entry {sequence}", failed.Output, StringComparison.Ordinal);
    }
}
