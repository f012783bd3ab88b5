namespace Verbinding.Web.Features.Monitor.Instrument;

/// <summary>A text in Dutch and English.</summary>
public sealed record LocalText(string Nl, string En)
{
    public string For(bool english) => english ? En : Nl;
}

public sealed record ScaleOption(int Value, LocalText Text);

/// <summary>Either labelled options (a satisfaction scale) or a numeric range (a grade).</summary>
public sealed record Scale(
    string Id,
    IReadOnlyList<ScaleOption>? Options = null,
    int? NoOpinionValue = null,
    int? PositiveFrom = null,
    int? NegativeUpTo = null,
    int? Min = null,
    int? Max = null,
    LocalText? LowLabel = null,
    LocalText? HighLabel = null)
{
    public bool Accepts(int value) => Options is { } options
        ? options.Any(o => o.Value == value)
        : value >= Min && value <= Max;

    public bool IsPositive(int value) => value != NoOpinionValue && value >= PositiveFrom;

    public bool IsNegative(int value) => value != NoOpinionValue && value <= NegativeUpTo;
}

public static class QuestionKinds
{
    public const string Scale = "scale";
    public const string Number = "number";
    public const string Text = "text";
    public const string Consent = "consent";

    public static readonly IReadOnlyList<string> All = [Scale, Number, Text, Consent];
}

public sealed record Question(string Id, string Kind, LocalText Text, bool Required = false, string? Scale = null, string? Group = null, int? MaxLength = null);

/// <summary>One version of the survey instrument, read from <c>reference/surveys/</c>. Definitions are data: a new wording is a new version.</summary>
public sealed record Questionnaire(
    string Id, int Version, LocalText Title, LocalText Intro, IReadOnlyList<Scale> Scales, IReadOnlyList<Question> Questions)
{
    public Scale ScaleOf(Question question) => Scales.Single(s => s.Id == question.Scale);

    public Question this[string id] => Questions.Single(q => q.Id == id);
}
