using System.Runtime.CompilerServices;

namespace Verbinding.Web.Tests.Infrastructure;

internal static class TestHostSettings
{
    /// <summary>
    /// Test hosts use no inotify instances: each file watcher (appsettings*.json, the wwwroot files behind
    /// asp-append-version) takes one, and the hundreds of hosts of a run (two runs at once under ./test.sh) reach the
    /// per-user limit of 128. Tests never change those files; the polling watcher only looks every few seconds.
    /// </summary>
    [ModuleInitializer]
    internal static void Apply()
    {
        Environment.SetEnvironmentVariable("DOTNET_hostBuilder__reloadConfigOnChange", "false");
        Environment.SetEnvironmentVariable("DOTNET_USE_POLLING_FILE_WATCHER", "true");
    }
}
