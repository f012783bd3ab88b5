using Verbinding.Assistant.Entities;
using Verbinding.Assistant.Understanding;

namespace Verbinding.Cli.Assistant;

internal static class WoutFactory
{
    // TODO(merge): replace with the real Verbinding.Assistant.Entities.EntityExtractor from wout-entities.
    public static IMessageUnderstanding Create() => new WoutUnderstanding(new NoEntities());

    private sealed class NoEntities : IEntityExtractor
    {
        public IReadOnlyList<Entity> Extract(string text, DateTimeOffset now) => [];
    }
}
