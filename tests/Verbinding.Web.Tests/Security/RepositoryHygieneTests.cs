using System.Diagnostics;
using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace Verbinding.Web.Tests.Security;

/// <summary>No secrets in tracked files; the NuGet vulnerability audit fails the build on high and critical advisories.</summary>
public sealed partial class RepositoryHygieneTests
{
    /// <summary>Documented demo and test passwords (docs/security.md); anything else in a connection string is a leak.</summary>
    private static readonly HashSet<string> KnownPasswords = new(StringComparer.Ordinal) { "verbinding", "postgres", "Test-password-2026!", "..." };

    [Fact]
    public async Task No_private_keys_or_real_passwords_in_tracked_files()
    {
        var root = RepositoryRoot();
        var leaks = new List<string>();
        foreach (var file in (await Git(root, "ls-files")).Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            var path = Path.Combine(root, file);
            if (!File.Exists(path) || new FileInfo(path).Length > 2_000_000 || file.EndsWith(".png", StringComparison.Ordinal))
            {
                continue;
            }
            var text = await File.ReadAllTextAsync(path, TestContext.Current.CancellationToken);
            if (PrivateKey().IsMatch(text))
            {
                leaks.Add($"{file}: private key");
            }
            leaks.AddRange(ConnectionPassword().Matches(text)
                .Select(m => m.Groups["password"].Value.Trim('"', '\''))
                .Where(p => !KnownPasswords.Contains(p) && !p.StartsWith('{') && !p.StartsWith('$') && !p.StartsWith('<') && p.Length > 0)
                .Select(p => $"{file}: connection string password '{p[..Math.Min(3, p.Length)]}...'"));
        }
        Assert.True(leaks.Count == 0, string.Join("\n", leaks));
    }

    [Fact]
    public void Vulnerable_packages_of_high_severity_fail_the_build()
    {
        var props = XDocument.Load(Path.Combine(RepositoryRoot(), "Directory.Build.props"));
        string? Value(string name) => props.Descendants(name).LastOrDefault()?.Value.Trim();

        Assert.Equal("true", Value("NuGetAudit"));
        Assert.Equal("all", Value("NuGetAuditMode"));
        Assert.Contains(Value("NuGetAuditLevel"), new[] { "low", "moderate", "high" });
        Assert.Equal("true", Value("TreatWarningsAsErrors"));
        // NU1903 (high) and NU1904 (critical) must stay errors; only low/moderate may be demoted.
        var demoted = (Value("WarningsNotAsErrors") ?? "").Split(';', StringSplitOptions.TrimEntries);
        Assert.DoesNotContain("NU1903", demoted);
        Assert.DoesNotContain("NU1904", demoted);
        Assert.DoesNotContain("NU1903", (Value("NoWarn") ?? "").Split(';', StringSplitOptions.TrimEntries));
    }

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Directory.Build.props")))
        {
            directory = directory.Parent;
        }
        return directory?.FullName ?? throw new InvalidOperationException("Repository root not found");
    }

    private static async Task<string> Git(string root, string args)
    {
        var start = new ProcessStartInfo("git", args) { WorkingDirectory = root, RedirectStandardOutput = true };
        using var process = Process.Start(start)!;
        var output = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        return output;
    }

    [GeneratedRegex(@"-----BEGIN (RSA |EC |DSA |OPENSSH |ENCRYPTED )?PRIVATE KEY-----")]
    private static partial Regex PrivateKey();

    [GeneratedRegex(@"(?i)(?<=[;""'\s]|^)(?:password|pwd)=(?<password>[^;""'\s]+)")]
    private static partial Regex ConnectionPassword();
}
