namespace Verbinding.Cluster.Tests.Infrastructure;

/// <summary>The web app's build output in the same configuration (Release under ./test.sh) as these tests.</summary>
public static class RepositoryPaths
{
    public static readonly string Root = FindRoot();
    public static readonly string WebProject = Path.Combine(Root, "src", "Verbinding.Web");

    public static string WebDll => Path.Combine(WebProject, "bin", Configuration, "net10.0", "Verbinding.Web.dll");

    private static string Configuration =>
        AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Release{Path.DirectorySeparatorChar}") ? "Release" : "Debug";

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Verbinding.slnx")))
                return dir.FullName;
        }
        throw new InvalidOperationException("Verbinding.slnx not found above " + AppContext.BaseDirectory);
    }
}
