namespace Verbinding.Assistant.Dialogue;

/// <summary>
/// Signs that a citizen is frightened, overwhelmed or angry at the bot. A person then does better than Wout,
/// so these lead to a handoff. Phrases are data: extend the lists, not the code.
/// </summary>
public static class DistressSignals
{
    private static readonly string[] Phrases =
    [
        // fear and despair
        "ik ben zo bang", "ik ben bang", "ik ben doodsbang", "ik weet het niet meer", "ik weet niet meer wat ik moet",
        "ik kan niet meer", "ik ben in paniek", "help me alsjeblieft", "i am so scared", "i'm so scared", "im so scared",
        "i am scared", "i'm scared", "i am terrified", "i'm terrified", "i don't know what to do anymore",
        "i can't take it anymore", "i cant take it anymore", "i'm panicking", "please help me",
        // crying
        "ik huil", "aan het huilen", "moet huilen", "in tranen", "i'm crying", "i am crying", "crying", "😭", "😢",
        // swearing at the bot
        "kut", "klote", "kolere", "tering", "godverdomme", "kanker", "stomme bot", "domme bot", "waardeloze bot",
        "je bent dom", "rotbot", "fuck", "f*ck", "shit", "stupid bot", "useless bot", "you're useless", "dumb bot",
    ];

    public static bool Detect(string text)
    {
        var normalised = $" {YesNo.Normalise(text)} ";
        var raw = text.ToLowerInvariant();
        return Phrases.Any(p => p.Any(char.IsLetterOrDigit)
            ? normalised.Contains($" {YesNo.Normalise(p)} ", StringComparison.Ordinal)
            : raw.Contains(p, StringComparison.Ordinal));
    }
}
