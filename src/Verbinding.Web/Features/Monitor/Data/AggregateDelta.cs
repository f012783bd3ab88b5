namespace Verbinding.Web.Features.Monitor.Data;

/// <summary>What one or more invitations and responses add to one aggregate row.</summary>
public sealed class AggregateDelta
{
    public long Invited, Responses, VerySatisfied, Satisfied, Neutral, Dissatisfied, VeryDissatisfied, NoOpinion, GradeSum, GradeCount, TrustSum, TrustCount;

    public void AddResponse(int overall, int? grade, int? trust)
    {
        Responses++;
        switch (overall)
        {
            case 5: VerySatisfied++; break;
            case 4: Satisfied++; break;
            case 3: Neutral++; break;
            case 2: Dissatisfied++; break;
            case 1: VeryDissatisfied++; break;
            default: NoOpinion++; break;
        }
        if (grade is { } g)
        {
            GradeSum += g;
            GradeCount++;
        }
        if (trust is { } t)
        {
            TrustSum += t;
            TrustCount++;
        }
    }

    public void Add(AggregateDelta other)
    {
        var counts = other.Counts();
        Invited += counts[0]; Responses += counts[1]; VerySatisfied += counts[2]; Satisfied += counts[3]; Neutral += counts[4]; Dissatisfied += counts[5];
        VeryDissatisfied += counts[6]; NoOpinion += counts[7]; GradeSum += counts[8]; GradeCount += counts[9]; TrustSum += counts[10]; TrustCount += counts[11];
    }

    public long[] Counts() => [Invited, Responses, VerySatisfied, Satisfied, Neutral, Dissatisfied, VeryDissatisfied, NoOpinion, GradeSum, GradeCount, TrustSum, TrustCount];

    public static readonly IReadOnlyList<string> CountColumns =
        ["Invited", "Responses", "VerySatisfied", "Satisfied", "Neutral", "Dissatisfied", "VeryDissatisfied", "NoOpinion", "GradeSum", "GradeCount", "TrustSum", "TrustCount"];
}
