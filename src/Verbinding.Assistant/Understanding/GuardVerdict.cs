namespace Verbinding.Assistant.Understanding;

public enum GuardVerdict
{
    /// <summary>No talk of danger.</summary>
    None,

    /// <summary>Danger now: Wout says "Bel direct 112" before anything else.</summary>
    Emergency,

    /// <summary>Danger words, but negated ("niemand is gewond"), past ("gisteren") or hypothetical ("wat te doen bij brand").</summary>
    Defused,
}
