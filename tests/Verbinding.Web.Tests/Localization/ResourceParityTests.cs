using System.Xml.Linq;

namespace Verbinding.Web.Tests.Localization;

/// <summary>English must be complete: a missing key would show an English visitor the Dutch text.</summary>
public sealed class ResourceParityTests
{
    public static TheoryData<string> NeutralResourceFiles()
    {
        var features = Path.Combine(RepositoryRoot(), "src", "Verbinding.Web", "Features");
        var data = new TheoryData<string>();
        foreach (var file in Directory.EnumerateFiles(features, "*.resx", SearchOption.AllDirectories)
                     .Where(f => !Path.GetFileNameWithoutExtension(f).Contains('.'))
                     .Order())
        {
            data.Add(Path.GetRelativePath(features, file));
        }
        return data;
    }

    [Fact]
    public void Layout_and_home_have_resource_files() =>
        Assert.Superset(
            new HashSet<string> { Path.Combine("Shared", "SharedText.resx"), Path.Combine("Home", "HomeText.resx") },
            NeutralResourceFiles().Select(row => row.Data).ToHashSet());

    [Theory]
    [MemberData(nameof(NeutralResourceFiles))]
    public void Every_Dutch_text_has_an_English_text_and_vice_versa(string neutralFile)
    {
        var features = Path.Combine(RepositoryRoot(), "src", "Verbinding.Web", "Features");
        var dutchPath = Path.Combine(features, neutralFile);
        var englishPath = Path.ChangeExtension(dutchPath, ".en.resx");
        Assert.True(File.Exists(englishPath), $"{neutralFile} has no English counterpart {Path.GetFileName(englishPath)}.");

        var dutch = ReadStrings(dutchPath);
        var english = ReadStrings(englishPath);

        Assert.Empty(dutch.Keys.Except(english.Keys));
        Assert.Empty(english.Keys.Except(dutch.Keys));
        Assert.Empty(dutch.Where(kv => string.IsNullOrWhiteSpace(kv.Value)).Select(kv => "nl:" + kv.Key));
        Assert.Empty(english.Where(kv => string.IsNullOrWhiteSpace(kv.Value)).Select(kv => "en:" + kv.Key));
    }

    private static Dictionary<string, string> ReadStrings(string path) =>
        XDocument.Load(path).Root!.Elements("data")
            .ToDictionary(d => (string)d.Attribute("name")!, d => (string?)d.Element("value") ?? "");

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Verbinding.slnx")))
            {
                return dir.FullName;
            }
        }
        throw new InvalidOperationException("Verbinding.slnx not found above " + AppContext.BaseDirectory);
    }
}
