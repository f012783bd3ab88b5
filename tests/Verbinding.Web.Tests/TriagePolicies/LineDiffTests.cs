using Verbinding.Web.Features.TriagePolicies;

namespace Verbinding.Web.Tests.TriagePolicies;

public sealed class LineDiffTests
{
    [Fact]
    public void Changed_line_shows_as_removed_then_added_with_line_numbers()
    {
        var diff = LineDiff.Compare("a\nb\nc", "a\nB\nc");

        Assert.Equal(
            [new DiffLine(DiffKind.Same, "a", 1, 1), new DiffLine(DiffKind.Removed, "b", 2, null), new DiffLine(DiffKind.Added, "B", null, 2), new DiffLine(DiffKind.Same, "c", 3, 3)],
            diff);
    }

    [Fact]
    public void Hunks_keep_context_and_mark_the_gaps()
    {
        var before = string.Join('\n', Enumerable.Range(1, 20).Select(i => $"line {i}"));
        var after = before.Replace("line 10", "line ten", StringComparison.Ordinal);

        var hunks = LineDiff.Hunks(LineDiff.Compare(before, after), context: 1);

        Assert.Equal(["line 9", "line 10", "line ten", "line 11"], hunks.Where(h => h is not null).Select(h => h!.Text));
        Assert.Null(hunks[0]);
        Assert.Null(hunks[^1]);
    }

    [Fact]
    public void Identical_documents_have_no_hunks() =>
        Assert.Empty(LineDiff.Hunks(LineDiff.Compare("x\r\ny\n", "x\ny")));
}
