using Deque.AxeCore.Playwright;

namespace Verbinding.Browser.Tests.Infrastructure;

public static class Axe
{
    /// <summary>Fails on serious or critical axe-core violations; minor ones are reported by the dedicated page tests.</summary>
    public static async Task AssertCleanAsync(this IPage page, string what)
    {
        var result = await page.RunAxe();
        var blocking = result.Violations
            .Where(v => v.Impact is "serious" or "critical")
            .Select(v => $"{v.Impact} {v.Id}: {v.Help} at {string.Join(" | ", v.Nodes.Select(n => n.Html))}")
            .ToList();
        Assert.True(blocking.Count == 0, $"{what} ({page.Url}):\n" + string.Join("\n", blocking));
    }
}
