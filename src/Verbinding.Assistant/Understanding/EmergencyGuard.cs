using System.Text.RegularExpressions;
using Verbinding.Assistant.Text;

namespace Verbinding.Assistant.Understanding;

/// <summary>
/// Decides, before any statistics, whether a message describes danger now. Each clause is checked on its
/// own: a danger phrase counts unless a negation stands just before it ("ik ben niet in gevaar"), the
/// message places it in the past ("vorige week bedreigd met een mes") or in a hypothetical ("wat te doen
/// bij brand"). A word of now ("nu", "right now", "nog steeds") overrides past and hypothetical markers.
/// </summary>
public static class EmergencyGuard
{
    private const int NegationWindow = 3;
    private const int MaxClauseLength = 600;

    private static readonly HashSet<string> Negations = new(StringComparer.Ordinal)
    {
        "niet", "geen", "niemand", "niets", "nooit", "zonder", "not", "no", "nobody", "none", "never", "nothing", "without", "non",
    };

    private static readonly Regex ClauseBreak = new(@"[.!?;:,\n]+|\s(maar|but|however|alleen)\s", RegexOptions.CultureInvariant);

    private static readonly Regex Now = Marker(
        @"\bnu\b", @"\bnet\b", @"op dit moment", @"\bmomenteel\b", @"nog steeds", @"\bnog\b", @"\bhier\b", @"vannacht", @"\bsnel\b", @"\bhelp\b",
        @"\bnow\b", @"right now", @"at the moment", @"\bstill\b", @"\bcurrently\b", @"\bhurry\b", @"\bhelp\b", @"tonight", @"just now");

    private static readonly Regex Past = Marker(
        @"gisteren", @"eergisteren", @"vorige (week|maand|keer|jaar|zomer|winter)", @"vorig (jaar|weekend)", @"afgelopen (week|maand|jaar|weekend|nacht|zomer)",
        @"\bgeleden\b", @"\blaatst\b", @"in (januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december)", @"\bvroeger\b", @"vanochtend", @"vanmorgen", @"vanmiddag",
        @"toen ik", @"een tijdje terug", @"\bweken\b", @"\bmaanden\b", @"\bjaren\b", @"eerder deze (week|maand)",
        @"yesterday", @"last (week|month|year|night|weekend|time|summer|winter)", @"\bago\b", @"earlier this (week|month|year)", @"\bformer\b", @"when i was");

    private static readonly Regex Hypothetical = Marker(
        @"^(als|indien|wanneer|stel)\b", @"\b(als|indien|stel dat) (er|ik|je|iemand|mijn)\b", @"wat (te doen|doe je|moet je doen|moet ik doen) (bij|als|wanneer)", @"hoe (herken|voorkom)",
        @"moet ik .{0,20}(112|bellen) (als|bij)", @"(wanneer|waarom) (moet|mag|kan) (ik|je) 112", @"(informatie|tips|cursus|voorlichting) (over|bij)",
        @"^(if|when)\b", @"\bif (there|i|someone|my|a)\b", @"what (to do|should i do|do i do) (if|when|in case)", @"in case of", @"how (do i|to) (recognise|recognize|prevent)",
        @"when should i call 112", @"(information|tips|advice) (about|on)");

    private static readonly Regex Concern = Marker(
        @"zorgen (over|om)", @"volgens mij", @"\bvermoed", @"ik heb het idee", @"\bworried (about|that)", @"\bi suspect", @"\bi think (that )?(she|he|they|it) (is|are) being");

    /// <summary>The writer says it is not urgent: ambiguous words ("gestoken", "mes") then describe the past.</summary>
    private static readonly Regex NotUrgent = Marker(@"geen spoed", @"niet dringend", @"geen haast", @"not urgent", @"no emergency", @"not an emergency");

    private static readonly Regex AfterTheFact = Marker(
        @"aangifte", @"\bmelding\b", @"\bmelden\b", @"dossier", @"zaaknummer", @"slachtofferhulp", @"schadevergoeding", @"\breport\b", @"\bcase\b", @"\bcompensation\b");

    public static GuardVerdict Assess(string text) => Assess(text, TextNormalizer.Tokens(text));

    /// <summary>As <see cref="Assess(string)"/>, with the message's tokens already at hand (<see cref="TextNormalizer.Tokens"/>).</summary>
    public static GuardVerdict Assess(string text, IReadOnlyList<string> tokens)
    {
        var wholeMessage = string.Join(' ', tokens);

        // Fast path for the great majority of messages: no danger phrase anywhere (a superset of the
        // per-clause matches below).
        if (!DangerPatterns.AnyMatch(wholeMessage))
        {
            return GuardVerdict.None;
        }

        var folded = TextNormalizer.Fold(text);
        var pastMessage = Past.IsMatch(wholeMessage);
        var afterTheFact = AfterTheFact.IsMatch(wholeMessage) || NotUrgent.IsMatch(wholeMessage);
        var concern = Concern.IsMatch(wholeMessage);
        var verdict = GuardVerdict.None;
        foreach (var clause in Clauses(folded))
        {
            var clauseVerdict = AssessClause(clause, pastMessage, afterTheFact, concern);
            if (clauseVerdict == GuardVerdict.Emergency)
            {
                return GuardVerdict.Emergency;
            }

            if (clauseVerdict == GuardVerdict.Defused)
            {
                verdict = GuardVerdict.Defused;
            }
        }

        return verdict;
    }

    private static GuardVerdict AssessClause(string clause, bool pastMessage, bool afterTheFact, bool concern)
    {
        var acute = DangerPatterns.Acute.Matches(clause).ToList();
        var ongoing = DangerPatterns.Ongoing.Matches(clause).ToList();
        var ambiguous = DangerPatterns.Ambiguous.Matches(clause).ToList();
        if (acute.Count == 0 && ongoing.Count == 0 && ambiguous.Count == 0)
        {
            return GuardVerdict.None;
        }

        var now = Now.IsMatch(clause);
        var distanced = !now && (pastMessage || Hypothetical.IsMatch(clause));
        var verdict = GuardVerdict.Defused;
        foreach (Match match in acute)
        {
            if (!distanced && !IsNegated(clause, match))
            {
                return GuardVerdict.Emergency;
            }
        }

        foreach (Match match in ongoing)
        {
            if (!distanced && !(concern && !now) && !IsNegated(clause, match))
            {
                return GuardVerdict.Emergency;
            }
        }

        foreach (Match match in ambiguous)
        {
            if (!distanced && !(afterTheFact && !now) && !IsNegated(clause, match))
            {
                return GuardVerdict.Emergency;
            }
        }

        return verdict;
    }

    /// <summary>A negation among the few words before the phrase; negations inside it ("ademt niet") are part of the danger.</summary>
    private static bool IsNegated(string clause, Match match)
    {
        var before = clause[..match.Index].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return before.TakeLast(NegationWindow).Any(Negations.Contains);
    }

    private static IEnumerable<string> Clauses(string folded) =>
        ClauseBreak.Split(folded)
            .Where(part => part is not ("maar" or "but" or "however" or "alleen"))
            .Select(part => TextNormalizer.Normalize(part.Length > MaxClauseLength ? part[..MaxClauseLength] : part))
            .Where(part => part.Length > 0);

    // Compiled, not NonBacktracking: see DangerPatterns (plain alternations of words, no backtracking risk).
    private static Regex Marker(params string[] alternatives) =>
        new("(?:" + string.Join(")|(?:", alternatives) + ")", RegexOptions.Compiled | RegexOptions.CultureInvariant);
}
