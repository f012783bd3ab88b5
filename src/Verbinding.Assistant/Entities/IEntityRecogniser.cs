namespace Verbinding.Assistant.Entities;

/// <summary>One small recogniser per kind of detail; implementations are stateless and thread-safe.</summary>
internal interface IEntityRecogniser
{
    /// <param name="text">The citizen's message.</param>
    /// <param name="today">The calendar date in Europe/Amsterdam at the moment the message was sent.</param>
    /// <param name="found">Where candidates are added.</param>
    void Collect(string text, DateOnly today, List<Candidate> found);
}
