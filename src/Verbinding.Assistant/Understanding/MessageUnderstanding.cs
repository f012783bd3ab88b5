using Verbinding.Assistant.Entities;

namespace Verbinding.Assistant.Understanding;

public sealed record TopicScore(string Topic, double Score);

/// <summary>
/// What Wout understood of one message. <see cref="Topic"/> is a contract id or "onbekend" when the
/// confidence is below the threshold; <see cref="Candidates"/> then holds the likeliest topics to offer.
/// </summary>
public sealed record MessageUnderstanding(
    string Topic,
    double Confidence,
    string Language,
    bool Emergency,
    IReadOnlyList<TopicScore> Candidates,
    IReadOnlyList<Entity> Entities);

public interface IMessageUnderstanding
{
    MessageUnderstanding Understand(string text, DateTimeOffset now);
}
