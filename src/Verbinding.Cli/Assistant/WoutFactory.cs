using Verbinding.Assistant.Understanding;

namespace Verbinding.Cli.Assistant;

internal static class WoutFactory
{
    public static IMessageUnderstanding Create() => WoutUnderstanding.CreateDefault();
}
