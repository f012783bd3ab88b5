using System.Text.RegularExpressions;

namespace Verbinding.Assistant.Understanding;

/// <summary>
/// Phrases that signal danger now, in Dutch and English, matched on normalised text (lower-case, no
/// diacritics, chat abbreviations spelled out, single spaces). Present-tense phrases ("wordt ingebroken",
/// "ademt niet") are <see cref="Acute"/>; words that also describe the past ("mes", "gewond",
/// "gestoken") are <see cref="Ambiguous"/> and are defused by a report request ("aangifte") as well.
/// Recall matters more than precision here: a false alarm costs one extra sentence, a miss can cost a life.
/// </summary>
internal static class DangerPatterns
{
    // Compiled backtracking regexes, not NonBacktracking: the DFA engine built its automata lazily per new input
    // (~240 ms on the first message, ~50 MB of cached states after a few thousand messages, docs/benchmarks.md).
    // Backtracking stays linear here: gaps are bounded (".{0,40}") and repeated groups end in a space their
    // words cannot contain. Chunks of phrases keep each alternation small.
    private const RegexOptions Options = RegexOptions.Compiled | RegexOptions.CultureInvariant;
    private const int PhrasesPerChunk = 6;

    public static readonly PatternSet Acute = Build(
        // violence in progress
        @"\b(slaat|slaan|schopt|schoppen|trapt|trappen|steekt|wurgt|wurgen|aanvalt) (me|mij|ons|haar|hem|iemand|zijn|mijn|de|een|die|het|elkaar)\b",
        // a crime that happened a moment ago: the offender is still close
        @"\b(net|zojuist|zonet|daarnet|just)\b.{0,40}\b(beroofd|overvallen|geslagen|gestoken|mishandeld|aangevallen|neergestoken|bedreigd|ingebroken|verkracht|robbed|mugged|attacked|stabbed|beaten|assaulted|snatched|grabbed|afgepakt|gerukt|getrokken|gegrepen)\b",
        // a crime going on right now
        @"\baan het (vernielen|slopen|stelen|inbreken|beroven|bekladden|kapot ?maken|insluipen)\b",
        @"\b(vernielen|slopen|stelen|kapotmaken|vernielt|sloopt|steelt)\b.{0,30}\b(nu|op dit moment)\b", @"\b(nu|op dit moment)\b.{0,40}\b(vernielen|slopen|stelen|kapotmaken|vernielt|sloopt|steelt)\b",
        @"\b(is|are) (smashing|stealing|vandalising|vandalizing|destroying|breaking)\b",
        // offenders fleeing or climbing in, people crying for help
        @"\b(wegrennen|wegrent|rent weg|rennen weg|rende weg|renden weg|vluchten|vlucht weg|running away|running off|ran off|fleeing|getting away)\b",
        @"\b(klimt|klimmen|klom|klommen|climbing|climbs)\b.{0,40}\b(over|door|naar binnen|in|into|through)\b",
        @"(schreeuwt|schreeuwen|roept|roepen|gilt|gillen|gillend) .{0,15}(hulp|om hulp)", @"hoor (haar|hem|iemand|ze|mensen) (gillen|schreeuwen|roepen)",
        @"(screaming|shouting|crying|calling) (for help|help)",
        @"in elkaar (geslagen|getrapt|geschopt)", @"(aan het|zijn) vechten", @"vecht(partij|en)", @"steekpartij", @"schietpartij",
        @"(wordt|worden|word) (nu |hier |er )*geschoten", @"(schiet|schieten) (op|met|in)", @"\bschoten\b",
        @"overval (bezig|nu|aan de gang)", @"(ben|zijn|wordt|word) (net |nu )*overvallen", @"gegijzeld", @"gijzeling", @"ontvoer",
        @"(ga|gaat|gaan|wil|wilt|willen) (me|mij|ons|haar|hem|je|jou) (vermoorden|doden|doodmaken|steken|neersteken|neerschieten)",
        @"(vermoorden|doodmaken|neersteken)\b", @"opgesloten", @"laat me niet (gaan|uitstappen|weg)", @"kan niet weg", @"gesleurd",
        @"(hitting|beating|attacking|kicking|choking|strangling|stabbing|shooting at|raping) (me|us|her|him|someone|people)",
        @"(being|getting) (attacked|beaten|hit|stabbed|shot|robbed|mugged|raped|kidnapped|assaulted|strangled)",
        @"\b(fighting|fight going on|shooting|shots fired|gunshots|robbery in progress|hostage|kidnapped|abducted|locked me)\b",
        @"(going to|gonna|wants to|will) (kill|stab|shoot|hurt) (me|us|her|him)",
        // break-in in progress
        @"(word|wordt|worden) ([a-z0-9]+ ){0,4}(ingebroken|ingebrokken)", @"aan het inbreken", @"(breekt|breken|probeert|proberen) .{0,30}(in te breken|open te breken|binnen te komen|open te maken)",
        @"(inbreker|inbrekers|indringer) .{0,25}(nu|nog|binnen|in (het|mijn|ons) huis)", @"iemand (beneden|boven|in (mijn|ons|het) huis)",
        @"hoor iemand", @"(breaking|break) in(to)?\b", @"intruder", @"someone (is )?in (my|our|the) (house|home|flat|apartment)", @"(trying|tries) to (get|break|kick|force) (in|open)", @"kick(ing)? (in|down) (my|the|our) door", @"(schopt|trapt|trappen|beukt) .{0,20}deur (in|open)",
        // fire, gas
        @"\bbrand+t?\b", @"in de fik", @"\bvlammen\b", @"\brook (komt|uit|onder|overal|in (huis|de|het))", @"(veel|zwarte|dikke|ruik|zie) rook", @"rookontwikkeling", @"gaslucht", @"gaslek", @"ruik gas",
        @"\bfire\b", @"\bburning\b", @"\bflames\b", @"smoke (coming|everywhere|from|in)", @"(lots of|thick|black|smell|see) smoke", @"smell gas", @"gas leak",
        // unconscious, not breathing, badly hurt, medical
        @"bewusteloos", @"buiten bewustzijn", @"\b(en|hij|zij|ze|vader|moeder|man|vrouw|kind|baby|opa|oma|iemand|persoon|jongen|meisje|broer|zus|vriend|vriendin|zoon|dochter) reageert (niet|nergens)", @"ademt (niet|heel raar|raar|moeilijk)", @"(kan|kun) niet (meer )?ademen", @"geen adem",
        @"in elkaar gezakt", @"beweegt niet", @"wordt blauw", @"\bbekneld\b", @"hartaanval", @"pijn op de borst", @"reanim", @"overdosis", @"pillen (geslikt|genomen|ingenomen)",
        @"\bbloedt\b", @"\bbloed\b", @"\bbloeden\b", @"zwaar gewond", @"zwaargewond", @"ernstig gewond", @"ligt (op|in) (de grond|straat|het water|de weg)",
        @"unconscious", @"not breathing", @"(cannot|can not) breathe", @"unresponsive", @"not responding", @"collapsed", @"heart attack", @"overdose",
        @"\bbleeding\b", @"badly (hurt|injured)", @"seriously (hurt|injured)", @"\binjured\b", @"hit by a (car|bus|truck|train)", @"run over",
        // being followed
        @"(word|wordt|worden) ([a-z0-9]+ ){0,4}(gevolgd|achtervolgd)", @"(loopt|rijdt|rijden|lopen|blijft) .{0,40}achter (me|mij|ons)", @"(volgt|achtervolgt) (me|mij|ons)",
        @"(being|getting) (followed|chased|stalked)", @"(following|chasing) (me|us)",
        // suicide risk
        @"zelfmoord", @"suicid", @"\bniet meer leven\b", @"(einde|eind) aan (mijn |m'n |het |zijn |haar |wil |gaan |te )?(leven|maken)", @"zich(zelf)? (iets |wat )?(gaat |wil )?(aan ?doen|aandoet|van kant)",
        @"mezelf (iets |wat )?(aan ?doen|van kant|ombrengen|doden)", @"(wil|wilt|gaat) (dood|springen)", @"dood te gaan", @"dreigt te springen", @"van het leven beroven",
        @"kill (myself|himself|herself|themselves)", @"end (my|his|her|their) life", @"want to die", @"(do not|dont) want to live", @"hurt (myself|himself|herself)", @"take (my|his|her) own life", @"jump off",
        // drowning, water
        @"verdrink", @"te water", @"in het water (gevallen|gereden|gesprongen)", @"kind in het water", @"(kan|kun) niet zwemmen", @"kopje onder",
        @"drown", @"(fell|fallen|jumped|drove) in(to)? the (water|canal|river|sea|lake)",
        // traffic with injured, people in danger on roads or tracks
        @"(iemand|fietser|voetganger|kind|kindje|man|vrouw|jongen|meisje|hij|zij|ze|persoon|oma|opa|scooterrijder|motorrijder) (is |wordt |werd )?aangereden", @"spookrijder", @"op het spoor", @"onder de (auto|trein|bus)",
        @"car accident with injur", @"(got|was) hit by", @"wrong-way driver", @"on the (train )?tracks",
        // explicit danger
        @"in gevaar", @"levensgevaar", @"noodgeval", @"\bspoed\b", @"in danger", @"\bemergency\b",
        // a missing child right now
        @"(dochter|dochtertje|zoon|zoontje|kind|kindje|kleintje) .{0,25}(is )?(weg|kwijt|vermist|weggelopen|zoek)\b.{0,40}(nu|net|strand|zee|water|kermis|festival)",
        @"(child|son|daughter|kid) .{0,15}(is )?missing .{0,20}(right now|now|beach|sea|water)",
        // a vulnerable person missing: dementia, confusion, a small child
        @"(dementie|dement|verward|alzheimer|dementia|confused).{0,60}\b(weg|kwijt|vermist|zoek|verdwenen|niet (meer )?(thuis|terug|teruggekomen)|missing|gone|not come back|not returned|wandered)\b",
        @"\b(weg|kwijt|vermist|zoek|verdwenen|missing)\b.{0,60}(dementie|dement|alzheimer|dementia)");

    /// <summary>
    /// Violence described as going on ("ze wordt mishandeld"): acute unless the writer voices a worry or
    /// suspicion ("ik maak me zorgen, volgens mij wordt ze mishandeld"), which is Veilig Thuis territory.
    /// </summary>
    public static readonly PatternSet Ongoing = Build(
        @"(word|wordt|worden) ([a-z0-9]+ ){0,4}(geslagen|geschopt|getrapt|gestoken|gevochten|gegooid|gevochten|gegooid|aangevallen|mishandeld|verkracht|gewurgd|beroofd|overvallen|ontvoerd|neergestoken|bedreigd met)");

    public static readonly PatternSet Ambiguous = BuildSmall(
        @"\bmes\b", @"\bmessen\b", @"machete", @"\bpistool\b", @"vuurwapen", @"\bwapen\b", @"\bwapens\b", @"\bknife\b", @"\bknives\b", @"\bgun\b", @"\bweapon\b", @"\barmed\b",
        @"(?<!lek |band |brand )\bgestoken\b", @"\bneergestoken\b", @"\bneergeschoten\b", @"\bgewond\b", @"\bstabbed\b", @"\bshot\b");

    // One regex over all phrases was tried for this fast path: 16 times slower per message (~130 µs) and ~4 s to
    // build on first use; chunks of 12 keep each alternation's scan cheap.
    public static bool AnyMatch(string text) => Acute.IsMatch(text) || Ongoing.IsMatch(text) || Ambiguous.IsMatch(text);

    private static PatternSet Build(params string[] phrases) =>
        new(phrases.Chunk(PhrasesPerChunk).Select(chunk => Alternation(chunk, Options)).ToArray());

    // Lookbehind ("lek gestoken" is a tyre, not a person) needs the backtracking engine; the list is short.
    private static PatternSet BuildSmall(params string[] phrases) =>
        new([Alternation(phrases, RegexOptions.Compiled | RegexOptions.CultureInvariant)]);

    private static Regex Alternation(IEnumerable<string> phrases, RegexOptions options) =>
        new("(?:" + string.Join(")|(?:", phrases) + ")", options);
}

/// <summary>Several regexes that together match any of a list of phrases.</summary>
internal sealed class PatternSet(Regex[] parts)
{
    public bool IsMatch(string text)
    {
        foreach (var part in parts)
        {
            if (part.IsMatch(text))
            {
                return true;
            }
        }

        return false;
    }

    public IEnumerable<Match> Matches(string text) => parts.SelectMany(part => part.Matches(text));
}
