using Microsoft.EntityFrameworkCore;
using Verbinding.Web.Features.Aangifte;
using Verbinding.Web.Tests.Infrastructure;

namespace Verbinding.Web.Tests.Aangifte;

public sealed class DemoCliTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    [Fact]
    public async Task Demo_files_and_approves_aangiftes_that_verify()
    {
        var result = await CliRunner.RunAsync(fixture.App.Database, "demo", "aangiftes", "--count", "3", "--approve");

        Assert.True(result.ExitCode == 0, result.Output);
        var lines = result.StandardOutput.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(3, lines.Length);
        var client = fixture.App.CreateClient();
        foreach (var line in lines)
        {
            Assert.Matches(@"^PL\d{4}-\d{8} [A-Z2-9]{4}-[A-Z2-9]{4}$", line.Trim());
            var parts = line.Trim().Split(' ');
            var verify = await client.GetAsync($"/api/v1/verify/{parts[0]}?code={parts[1]}", TestContext.Current.CancellationToken);
            Assert.Equal(System.Net.HttpStatusCode.OK, verify.StatusCode);
        }
        Assert.Equal(3, await fixture.App.WithDbAsync(db => db.Set<SubmittedAangifte>().CountAsync(a => a.Status == AangifteStatus.Geregistreerd, TestContext.Current.CancellationToken)));
    }
}
