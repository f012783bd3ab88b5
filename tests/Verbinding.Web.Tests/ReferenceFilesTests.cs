using System.Text.Json;

namespace Verbinding.Web.Tests;

public sealed class ReferenceFilesTests
{
    [Fact]
    public void Partner_directory_lists_every_partner_from_the_domain_brief()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "reference", "partners.json");
        using var doc = JsonDocument.Parse(File.ReadAllText(path));
        var ids = doc.RootElement.GetProperty("partners").EnumerateArray().Select(p => p.GetProperty("id").GetString()).ToHashSet();
        foreach (var id in new[] { "slachtofferhulp", "veilig-thuis", "centrum-seksueel-geweld", "fraudehelpdesk", "juridisch-loket", "buurtbemiddeling", "meld-misdaad-anoniem", "identiteitsfraude", "helpwanted" })
        {
            Assert.Contains(id, ids);
        }
    }
}
