namespace Verbinding.Triage;

/// <summary>The policy data is invalid; <see cref="Errors"/> lists every problem found, not just the first.</summary>
public sealed class TriagePolicyException(IReadOnlyList<string> errors)
    : Exception("Invalid triage policy:" + Environment.NewLine + string.Join(Environment.NewLine, errors))
{
    public IReadOnlyList<string> Errors { get; } = errors;
}
