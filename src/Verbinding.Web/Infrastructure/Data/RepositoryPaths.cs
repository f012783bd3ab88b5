namespace Verbinding.Web.Infrastructure.Data;

/// <summary>Finds the repository root so the web host and the CLI share <c>data/verbinding.db</c>.</summary>
public static class RepositoryPaths
{
    public static string DefaultDataDirectory(string startDirectory)
    {
        var root = FindRoot(startDirectory) ?? FindRoot(AppContext.BaseDirectory);
        return Path.Combine(root ?? startDirectory, "data");
    }

    public static string DefaultSqliteConnectionString(string startDirectory)
    {
        var dir = DefaultDataDirectory(startDirectory);
        Directory.CreateDirectory(dir);
        return $"Data Source={Path.Combine(dir, "verbinding.db")}";
    }

    private static string? FindRoot(string start)
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Verbinding.slnx")))
            {
                return dir.FullName;
            }
        }
        return null;
    }
}
