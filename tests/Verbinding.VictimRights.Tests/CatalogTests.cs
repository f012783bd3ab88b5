using System.Reflection;
using System.Text.Json;

namespace Verbinding.VictimRights.Tests;

public sealed class CatalogTests
{
    [Fact]
    public void Every_online_and_desk_aangifte_type_has_offence_facts()
    {
        using var types = JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "reference", "aangifte", "types.json")));
        var missing = types.RootElement.GetProperty("types").EnumerateArray()
            .Select(t => t.GetProperty("id").GetString()!)
            .Where(id => Scenario.Offences.Find(id) is null)
            .ToList();
        Assert.Empty(missing);
    }

    [Fact]
    public void Every_right_has_plain_text_in_Dutch_and_English_and_a_legal_basis()
    {
        var ids = typeof(RightIds).GetFields(BindingFlags.Public | BindingFlags.Static).Select(f => (string)f.GetValue(null)!).ToList();
        Assert.Equal(ids.Count, RightCatalog.All.Count);
        foreach (var id in ids)
        {
            var right = RightCatalog.Get(id);
            Assert.All(new[] { right.LegalBasis, right.TitleNl, right.TitleEn, right.TextNl, right.TextEn }, s => Assert.False(string.IsNullOrWhiteSpace(s), id));
            Assert.NotEqual(right.TextNl, right.TextEn);
        }
    }
}
