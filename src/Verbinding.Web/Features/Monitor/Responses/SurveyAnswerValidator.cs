using Verbinding.Web.Features.Monitor.Instrument;

namespace Verbinding.Web.Features.Monitor.Responses;

/// <summary>Checks answers against the questionnaire: required questions answered, values on their scale, text within length.</summary>
public static class SurveyAnswerValidator
{
    public static IReadOnlyList<AnswerError> Validate(Questionnaire questionnaire, SurveyAnswers answers)
    {
        var errors = new List<AnswerError>();
        foreach (var question in questionnaire.Questions)
        {
            switch (question.Kind)
            {
                case QuestionKinds.Scale or QuestionKinds.Number:
                    var value = ValueOf(question.Id, answers);
                    if (value is null && question.Required)
                    {
                        errors.Add(new AnswerError(question.Id, "AnswerRequired"));
                    }
                    else if (value is { } v && !questionnaire.ScaleOf(question).Accepts(v))
                    {
                        errors.Add(new AnswerError(question.Id, "AnswerOutOfRange"));
                    }
                    break;
                case QuestionKinds.Text when answers.Comment?.Length > (question.MaxLength ?? 1000):
                    errors.Add(new AnswerError(question.Id, "CommentTooLong"));
                    break;
            }
        }
        return errors;
    }

    public static int? ValueOf(string questionId, SurveyAnswers answers) => questionId switch
    {
        "overall" => answers.Overall,
        "grade" => answers.Grade,
        "trust" => answers.Trust,
        _ => answers.Items.GetValueOrDefault(questionId),
    };
}
