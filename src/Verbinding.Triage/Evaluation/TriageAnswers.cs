namespace Verbinding.Triage.Evaluation;

/// <summary>What the citizen told us. Null means not asked or "I don't know"; it never matches a rule.</summary>
public sealed record TriageAnswers
{
    public static readonly TriageAnswers None = new();

    public bool? HappeningNow { get; init; }
    public bool? Danger { get; init; }
    public bool? SuspectKnown { get; init; }
    public bool? Violence { get; init; }
    public bool? InHome { get; init; }
    public bool? PoliceAttended { get; init; }
    public bool? TracesOrCamera { get; init; }
    public bool? IdDocumentStolen { get; init; }
    public bool? SellerResponds { get; init; }
    public bool? Vulnerable { get; init; }
    public int? Age { get; init; }

    public bool? Get(string name) => name switch
    {
        AnswerNames.HappeningNow => HappeningNow,
        AnswerNames.Danger => Danger,
        AnswerNames.SuspectKnown => SuspectKnown,
        AnswerNames.Violence => Violence,
        AnswerNames.InHome => InHome,
        AnswerNames.PoliceAttended => PoliceAttended,
        AnswerNames.TracesOrCamera => TracesOrCamera,
        AnswerNames.IdDocumentStolen => IdDocumentStolen,
        AnswerNames.SellerResponds => SellerResponds,
        AnswerNames.Vulnerable => Vulnerable,
        _ => throw new ArgumentException($"'{name}' is not a yes/no answer.", nameof(name)),
    };

    /// <summary>Builds answers from name/value pairs (e.g. a form or a dialogue state); unknown names are ignored.</summary>
    public static TriageAnswers From(IReadOnlyDictionary<string, bool?> values, int? age = null)
    {
        bool? V(string n) => values.TryGetValue(n, out var v) ? v : null;
        return new TriageAnswers
        {
            HappeningNow = V(AnswerNames.HappeningNow),
            Danger = V(AnswerNames.Danger),
            SuspectKnown = V(AnswerNames.SuspectKnown),
            Violence = V(AnswerNames.Violence),
            InHome = V(AnswerNames.InHome),
            PoliceAttended = V(AnswerNames.PoliceAttended),
            TracesOrCamera = V(AnswerNames.TracesOrCamera),
            IdDocumentStolen = V(AnswerNames.IdDocumentStolen),
            SellerResponds = V(AnswerNames.SellerResponds),
            Vulnerable = V(AnswerNames.Vulnerable),
            Age = age,
        };
    }
}
