using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Verbinding.Web.Features.Aangifte;
using Verbinding.Web.Features.Staff;

namespace Verbinding.Cli.Demo;

/// <summary>
/// `verbinding demo aangiftes --count N [--approve]`: files N aangiftes through the same application service the web
/// wizard uses (drafts, step validation, idempotent submit), never by raw inserts. With --approve each is approved
/// and one line "REGISTRATIONNUMBER VERIFICATIONCODE" is printed per aangifte.
/// </summary>
internal static class DemoAangifteCommand
{
    public static Command Create()
    {
        var count = new Option<int>("--count") { Description = "How many aangiftes (1-10000).", DefaultValueFactory = _ => 10 };
        var approve = new Option<bool>("--approve") { Description = "Approve each one and print its registration number and verification code." };
        var aangiftes = new Command("aangiftes", "File realistic online aangiftes.");
        aangiftes.Options.Add(count);
        aangiftes.Options.Add(approve);
        aangiftes.SetAction(async (parse, ct) =>
        {
            var n = parse.GetValue(count);
            if (n is < 1 or > 10_000)
            {
                Console.Error.WriteLine("error: --count must be between 1 and 10000.");
                return 1;
            }
            await using var app = CliHost.Build();
            var random = new Random(20261201);
            for (var i = 0; i < n; i++)
            {
                await using var scope = app.Services.CreateAsyncScope();
                var line = await FileOneAsync(scope.ServiceProvider, i, random, parse.GetValue(approve), ct);
                if (line is not null)
                {
                    Console.Out.WriteLine(line);
                }
            }
            return 0;
        });
        return aangiftes;
    }

    private static async Task<string?> FileOneAsync(IServiceProvider services, int i, Random random, bool approve, CancellationToken ct)
    {
        var catalog = services.GetRequiredService<AangifteTypeCatalog>();
        var service = services.GetRequiredService<AangifteService>();
        var (bsn, name) = DemoAangiftes.Citizen(i);
        var type = catalog.Find(DemoAangiftes.Type(i))!;
        var eligibility = new EligibilityRecord(new() { ["suspectKnown"] = false, ["violence"] = false }, 30 + i % 40, false, "demo", false);
        var draft = await service.StartDraftAsync(bsn, type, eligibility, ct: ct);
        var today = DateOnly.FromDateTime(service.LocalNow.DateTime);
        var steps = service.StepsOf(draft);
        for (var s = 0; s < steps.Count; s++)
        {
            var outcome = await service.SaveStepAsync(draft, s, DemoAangiftes.Answers(steps[s].Id, i, random, today), StepMove.Next, ct);
            if (!outcome.Check.IsValid)
            {
                throw new InvalidOperationException($"Demo data for step '{steps[s].Id}' is invalid: {string.Join(", ", outcome.Check.Errors.Keys)}");
            }
        }
        var sent = await service.SubmitAsync(bsn, name, draft.Id, "nl", ct);
        if (!approve)
        {
            return sent.Aangifte!.ReceiptNumber;
        }
        var approved = await services.GetRequiredService<IntakeService>().ApproveAsync(new StaffScope("cli-demo", null, IsNational: true), sent.Aangifte!.Id, ct);
        return $"{approved!.RegistrationNumber} {approved.VerificationCode}";
    }
}
