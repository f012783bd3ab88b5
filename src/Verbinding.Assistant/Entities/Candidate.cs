namespace Verbinding.Assistant.Entities;

/// <summary>
/// A possible entity before overlaps are resolved. The text is not copied until the candidate wins,
/// so rejected candidates cost no string allocation.
/// </summary>
internal readonly record struct Candidate(EntityKind Kind, int Start, int Length, string Value, int Priority)
{
    public int End => Start + Length;

    public bool Overlaps(Candidate other) => Start < other.End && other.Start < End;
}
