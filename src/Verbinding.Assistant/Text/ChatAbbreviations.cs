namespace Verbinding.Assistant.Text;

/// <summary>
/// Chat shorthand and frequent misspellings seen in citizens' messages, mapped to plain words. Keys are
/// folded (lower-case, no diacritics) single tokens; values may be several words.
/// </summary>
internal static class ChatAbbreviations
{
    public static readonly IReadOnlyDictionary<string, string[]> Expansions = Build(new Dictionary<string, string>
    {
        ["mn"] = "mijn", ["m'n"] = "mijn", ["mijne"] = "mijn", ["mjn"] = "mijn", ["mijm"] = "mijn",
        ["zn"] = "zijn", ["z'n"] = "zijn", ["zun"] = "zijn",
        ["ff"] = "even", ["effe"] = "even", ["efkes"] = "even",
        ["k"] = "ik", ["ikke"] = "ik", ["'k"] = "ik",
        ["t"] = "het", ["'t"] = "het", ["da"] = "dat", ["nie"] = "niet", ["nt"] = "niet",
        ["wt"] = "wat", ["wa"] = "wat", ["wnr"] = "wanneer", ["wanner"] = "wanneer",
        ["hoelang"] = "hoe lang", ["hoeveel"] = "hoe veel",
        ["kn"] = "kan", ["kun"] = "kun", ["kunt"] = "kun", ["kunnen"] = "kun",
        ["iets"] = "iets", ["ieds"] = "iets",
        ["vd"] = "van de", ["vh"] = "van het", ["ipv"] = "in plaats van",
        ["dr"] = "er", ["d'r"] = "er", ["der"] = "er",
        ["em"] = "hem",
        ["nu"] = "nu", ["nou"] = "nu",
        ["idd"] = "inderdaad", ["mss"] = "misschien", ["miss"] = "misschien",
        ["pls"] = "alsjeblieft", ["plz"] = "alsjeblieft", ["aub"] = "alstublieft", ["svp"] = "alstublieft",
        ["thx"] = "bedankt", ["tnx"] = "bedankt", ["thnx"] = "bedankt", ["dankje"] = "dank je", ["dankjewel"] = "dank je wel",
        ["bvd"] = "bedankt", ["dnk"] = "dank",
        ["hoi"] = "hoi", ["hallo"] = "hallo", ["hey"] = "hey", ["hi"] = "hi",
        ["gejat"] = "gestolen", ["gepikt"] = "gestolen", ["gejatte"] = "gestolen",
        ["fietz"] = "fiets", ["fiet"] = "fiets", ["fiest"] = "fiets",
        ["aangfte"] = "aangifte", ["aangite"] = "aangifte", ["angifte"] = "aangifte", ["aangiften"] = "aangifte",
        ["aagifte"] = "aangifte", ["aangifde"] = "aangifte",
        ["politi"] = "politie", ["polietie"] = "politie", ["plitie"] = "politie", ["popo"] = "politie",
        ["telefon"] = "telefoon", ["tel"] = "telefoon", ["mobiel"] = "mobiel", ["gsm"] = "telefoon",
        ["inbraak"] = "inbraak", ["ingebrooken"] = "ingebroken",
        ["ik'm"] = "ik ben", ["im"] = "i am", ["i'm"] = "i am", ["dont"] = "do not", ["don't"] = "do not",
        ["cant"] = "can not", ["can't"] = "can not", ["cannot"] = "can not", ["isnt"] = "is not", ["isn't"] = "is not",
        ["wasnt"] = "was not", ["wasn't"] = "was not", ["didnt"] = "did not", ["didn't"] = "did not",
        ["u"] = "u", ["ur"] = "your", ["r"] = "are", ["pls."] = "please", ["plse"] = "please",
        ["ok"] = "oke", ["okay"] = "oke", ["okey"] = "oke", ["oké"] = "oke",
        ["bike"] = "bike", ["ebike"] = "e bike", ["e-bike"] = "e bike",
        ["whatsap"] = "whatsapp", ["watsapp"] = "whatsapp", ["watsap"] = "whatsapp", ["app"] = "app",
        ["insta"] = "instagram", ["fb"] = "facebook", ["mp"] = "marktplaats",
    });

    private static Dictionary<string, string[]> Build(Dictionary<string, string> source) =>
        source
            .Where(pair => pair.Key != pair.Value)
            .ToDictionary(pair => pair.Key, pair => pair.Value.Split(' '), StringComparer.Ordinal);
}
