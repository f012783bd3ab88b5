namespace Verbinding.Web.Features.Monitor.Instrument;

/// <summary>Checks what the analysis relies on: the CBS overall question, known scales, complete translations.</summary>
public static class QuestionnaireValidator
{
    /// <summary>Questions the storage and the statistics read by id; every version must have them.</summary>
    public static readonly IReadOnlyList<string> CoreQuestions = ["overall", "grade", "trust", "comment", "contact-permission"];

    public static IReadOnlyList<string> Validate(Questionnaire q)
    {
        var errors = new List<string>();
        foreach (var id in q.Questions.GroupBy(x => x.Id).Where(g => g.Count() > 1).Select(g => g.Key))
        {
            errors.Add($"question '{id}' appears more than once");
        }
        foreach (var id in CoreQuestions.Where(id => q.Questions.All(x => x.Id != id)))
        {
            errors.Add($"core question '{id}' is missing");
        }
        foreach (var question in q.Questions)
        {
            CheckText(errors, $"question '{question.Id}'", question.Text);
            if (!QuestionKinds.All.Contains(question.Kind))
            {
                errors.Add($"question '{question.Id}' has unknown kind '{question.Kind}'");
            }
            if (question.Kind is QuestionKinds.Scale or QuestionKinds.Number && q.Scales.All(s => s.Id != question.Scale))
            {
                errors.Add($"question '{question.Id}' uses unknown scale '{question.Scale}'");
            }
        }
        foreach (var scale in q.Scales)
        {
            if (scale.Options is { } options)
            {
                options.ToList().ForEach(o => CheckText(errors, $"scale '{scale.Id}' option {o.Value}", o.Text));
                if (scale.PositiveFrom is null || scale.NegativeUpTo is null)
                {
                    errors.Add($"scale '{scale.Id}' must say which answers are positive and negative");
                }
            }
            else if (scale.Min is null || scale.Max is null || scale.Min >= scale.Max)
            {
                errors.Add($"scale '{scale.Id}' needs options or a range min < max");
            }
        }
        if (q.Questions.FirstOrDefault(x => x.Id == "overall") is { } overall && q.Scales.FirstOrDefault(s => s.Id == overall.Scale)?.Options is null)
        {
            errors.Add("the overall question must use a labelled satisfaction scale");
        }
        return errors;
    }

    private static void CheckText(List<string> errors, string what, LocalText text)
    {
        if (string.IsNullOrWhiteSpace(text.Nl) || string.IsNullOrWhiteSpace(text.En))
        {
            errors.Add($"{what} needs Dutch and English text");
        }
    }
}
