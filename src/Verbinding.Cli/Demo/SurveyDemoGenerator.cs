using Verbinding.Web.Features.Monitor.Data;
using Verbinding.Web.Features.Monitor.Responses;
using Verbinding.Web.Features.Organisation;

namespace Verbinding.Cli.Demo;

/// <summary>
/// Invents plausible responses: CBS-like satisfaction by channel (bureau high, internet low), a unit effect,
/// worse for complaints and aangiftes, Wout alone a little below a human, slow improvement over time, and
/// grade, trust and items that move with the overall answer. Deterministic for a seed.
/// </summary>
internal sealed class SurveyDemoGenerator(ReferenceData reference, int seed, int months, DateTimeOffset now)
{
    private readonly Random _random = new(seed);
    private readonly int _lastMonth = ContactMetadata.MonthOf(now);
    private readonly Dictionary<string, double> _unitEffect = reference.Eenheden
        .ToDictionary(e => e.Id, e => (new Random(seed ^ StableHash(e.Id)).NextDouble() - 0.5) * 0.12);

    private static readonly (string Channel, double Weight, double Satisfied, double ResponseRate)[] Channels =
    [
        ("telefoon", 30, 0.645, 0.30), ("internet", 30, 0.50, 0.25), ("chat", 15, 0.60, 0.20), ("bureau", 15, 0.745, 0.35),
        ("social-media", 4, 0.607, 0.15), ("whatsapp", 3, 0.62, 0.22), ("video", 3, 0.70, 0.33),
    ];

    private static readonly Dictionary<string, (string Type, double Weight, double Effect)[]> TypesByChannel = new()
    {
        ["internet"] = [("aangifte", 60, -0.05), ("melding", 30, 0), ("vraag", 10, 0.03)],
        ["bureau"] = [("aangifte", 65, -0.03), ("afspraak", 25, 0.05), ("klacht", 10, -0.25)],
        ["chat"] = [("vraag", 60, 0.03), ("melding", 25, 0), ("aangifte", 15, -0.05)],
        ["default"] = [("melding", 35, 0), ("aangifte", 30, -0.05), ("vraag", 25, 0.03), ("klacht", 5, -0.25), ("afspraak", 5, 0.05)],
    };

    private static readonly Dictionary<string, string[]> Topics = new()
    {
        ["aangifte"] = ["aangifte-fietsendiefstal", "aangifte-diefstal", "aangifte-internetoplichting", "aangifte-inbraak", "aangifte-vernieling", "aangifte-zakkenrollerij"],
        ["melding"] = ["melding-overlast", "melding-overlast", "melding-verdachte-situatie"],
        ["vraag"] = ["informatie-algemeen", "status-aangifte", "geen-spoed-0900", "bevoegdheden-politie"],
        ["afspraak"] = ["afspraak-bureau"],
        ["klacht"] = ["klacht-politie"],
    };

    private static readonly string[] Comments =
    [
        "Vriendelijk geholpen, dank u.", "Het duurde lang voordat ik iemand sprak.", "Ik weet nog steeds niet wat er met mijn aangifte gebeurt.",
        "Snel en duidelijk.", "De chat begreep mijn vraag niet.", "Thank you, very helpful.",
    ];

    private static readonly string[] Items = ["reachability", "waiting-time", "treatment", "expertise", "informed", "channel-ease"];

    public (List<SurveyResponse> Responses, Dictionary<ContactMetadata, AggregateDelta> Invited) Next(int count, SurveyResponseStore store)
    {
        var responses = new List<SurveyResponse>(count);
        var invited = new Dictionary<ContactMetadata, AggregateDelta>();
        for (var i = 0; i < count; i++)
        {
            var (metadata, satisfiedChance, responseRate) = NextContact();
            var response = store.Create(metadata, NextAnswers(satisfiedChance));
            responses.Add(response);
            // Invitations that were not answered, so the response rate is plausible.
            var extra = 1 / responseRate - 1;
            AggregateWriter.For(invited, metadata).Invited += 1 + (long)extra + (_random.NextDouble() < extra % 1 ? 1 : 0);
        }
        return (responses, invited);
    }

    private (ContactMetadata, double, double) NextContact()
    {
        var basisteam = reference.Basisteams[_random.Next(reference.Basisteams.Count)];
        var channel = Pick(Channels, c => c.Weight);
        var type = Pick(TypesByChannel.GetValueOrDefault(channel.Channel) ?? TypesByChannel["default"], t => t.Weight);
        var topics = Topics[type.Type];
        var age = _random.Next(months);
        var month = Web.Features.Monitor.Reports.ReportParameters.AddMonths(_lastMonth, -age);
        var woutOnly = channel.Channel == "chat" && _random.NextDouble() < 0.65;
        var chance = channel.Satisfied + type.Effect + _unitEffect.GetValueOrDefault(basisteam.Eenheid)
            + (woutOnly ? -0.08 : 0) + (months - age) * 0.002;
        return (new ContactMetadata(basisteam.Eenheid, basisteam.Id, channel.Channel, type.Type, topics[_random.Next(topics.Length)], month, woutOnly),
            Math.Clamp(chance, 0.05, 0.95), channel.ResponseRate);
    }

    private SurveyAnswers NextAnswers(double satisfiedChance)
    {
        var satisfied = _random.NextDouble() < satisfiedChance;
        var overall = _random.NextDouble() < 0.04 ? 0
            : satisfied ? (_random.NextDouble() < 0.4 ? 5 : 4)
            : _random.NextDouble() switch { < 0.45 => 3, < 0.8 => 2, _ => 1 };
        var mood = overall == 0 ? 3 : overall;
        var items = Items.ToDictionary(id => id, id => _random.NextDouble() < 0.1 ? (int?)null : Math.Clamp(mood + _random.Next(-1, 2), 1, 5));
        int? grade = _random.NextDouble() < 0.05 ? null : Math.Clamp((int)Math.Round(mood * 1.6 + 1.2 + Normal()), 1, 10);
        int? trust = _random.NextDouble() < 0.08 ? null : Math.Clamp((int)Math.Round(6.3 + (mood - 3) * 0.6 + Normal() * 1.5), 0, 10);
        var comment = _random.NextDouble() < 0.1 ? Comments[_random.Next(Comments.Length)] : null;
        return new SurveyAnswers(overall, items, grade, trust, comment, _random.NextDouble() < 0.2);
    }

    private T Pick<T>(IReadOnlyList<T> options, Func<T, double> weight)
    {
        var roll = _random.NextDouble() * options.Sum(weight);
        foreach (var option in options)
        {
            roll -= weight(option);
            if (roll <= 0)
            {
                return option;
            }
        }
        return options[^1];
    }

    // string.GetHashCode differs per process; FNV-1a keeps "same seed, same data" true across runs.
    private static int StableHash(string text)
    {
        var hash = 2166136261u;
        foreach (var c in text)
        {
            hash = unchecked((hash ^ c) * 16777619u);
        }
        return unchecked((int)hash);
    }

    private double Normal() => Math.Sqrt(-2 * Math.Log(1 - _random.NextDouble())) * Math.Cos(2 * Math.PI * _random.NextDouble());
}
