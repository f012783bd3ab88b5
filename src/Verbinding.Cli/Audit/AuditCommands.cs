using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Verbinding.Web.Features.Audit;
using Verbinding.Web.Infrastructure.Data;

namespace Verbinding.Cli.Audit;

internal static class AuditCommands
{
    public static Command Create()
    {
        var verify = new Command("verify", "Check the audit trail's hash chain. Exit 0 when intact; 1 naming the first broken entry.");
        verify.SetAction(async (_, ct) =>
        {
            await using var app = CliHost.Build();
            await using var scope = app.Services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<VerbindingDbContext>();
            var result = await AuditQuery.VerifyAsync(db.Set<AuditEntry>(), ct);
            if (result.Intact)
            {
                Console.WriteLine($"Audit trail intact: {result.Count} entries verified.");
                return 0;
            }
            Console.Error.WriteLine($"Audit trail BROKEN at entry {result.FirstBrokenSequence}: {result.Reason}. {result.Count} entries before it are intact.");
            return 1;
        });
        var audit = new Command("audit", "Audit trail tasks.");
        audit.Subcommands.Add(verify);
        return audit;
    }
}
