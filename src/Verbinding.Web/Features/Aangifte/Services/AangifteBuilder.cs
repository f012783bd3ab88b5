using System.Globalization;
using Verbinding.Web.Features.Organisation;

namespace Verbinding.Web.Features.Aangifte;

/// <summary>Turns a draft's validated answers into the aangifte, its items, fraud identifiers and payments.</summary>
public sealed class AangifteBuilder(MunicipalityResolver municipalities)
{
    public SubmittedAangifte Build(AangifteDraft draft, IReadOnlyList<StepDefinition> steps, string citizenName)
    {
        var a = draft.Answers;
        string? Get(string key) => a.GetValueOrDefault(key) is { Length: > 0 } v ? v : null;
        var match = municipalities.Resolve(Get("municipality"))
            ?? throw new InvalidOperationException("A validated draft always has a known municipality.");
        var id = Guid.CreateVersion7();
        var aangifte = new SubmittedAangifte
        {
            Id = id,
            DraftId = draft.Id,
            ReceiptNumber = "",
            CitizenBsn = draft.CitizenBsn,
            CitizenName = citizenName,
            TypeId = draft.TypeId,
            TypesVersion = draft.TypesVersion,
            Status = AangifteStatus.Ontvangen,
            OccurredOn = DateOnly.ParseExact(Get("date")!, "yyyy-MM-dd", CultureInfo.InvariantCulture),
            OccurredUntil = Get("dateTo") is { } to ? DateOnly.ParseExact(to, "yyyy-MM-dd", CultureInfo.InvariantCulture) : null,
            Municipality = match.Municipality.Name,
            MunicipalityCode = match.Municipality.Code,
            EenheidId = match.Eenheid.Id,
            BasisteamId = match.Basisteam.Id,
            Postcode = Get("postcode"),
            HouseNumber = Get("houseNumber"),
            Description = Get("description")!,
            Witnesses = Get("witnesses"),
            Contact = new ContactDetails(Get("contactPreference") ?? "post", Get("email"), Get("phone")),
            Rights = new RightsChoices(Get(RightsQuestions.KeepInformed) == "ja", Get(RightsQuestions.Compensation) == "ja", Get(RightsQuestions.Slachtofferhulp) == "ja"),
            Eligibility = draft.Eligibility,
            Answers = new Dictionary<string, string>(a.Where(kv => kv.Value.Length > 0)),
        };
        foreach (var repeat in steps.Select(s => s.Repeat).OfType<RepeatDefinition>())
        {
            for (var row = 0; row < draft.RowsOf(repeat.Name); row++)
            {
                string? R(string field) => Get(repeat.Key(row, field));
                if (repeat.Name == "items" && R("kind") is { } kind)
                {
                    aangifte.Items.Add(new AangifteItem
                    {
                        Id = Guid.CreateVersion7(), AangifteId = id, Position = aangifte.Items.Count + 1, Kind = kind,
                        Brand = R("brand"), Model = R("model"), Colour = R("colour"), FrameNumber = R("frameNumber"),
                        Imei = R("imei"), Plate = R("plate"), Value = Money(R("value")),
                    });
                }
                else if (repeat.Name == "payments" && R("date") is { } paid && Money(R("amount")) is { } amount)
                {
                    aangifte.Payments.Add(new FraudPayment
                    {
                        Id = Guid.CreateVersion7(), AangifteId = id, PaidOn = DateOnly.ParseExact(paid, "yyyy-MM-dd", CultureInfo.InvariantCulture), Amount = amount,
                    });
                }
            }
        }
        foreach (var (kind, value) in FraudIdentifierNormaliser.FromAnswers(aangifte.Answers))
        {
            aangifte.FraudIdentifiers.Add(new FraudIdentifier { Id = Guid.CreateVersion7(), AangifteId = id, Kind = kind, Value = value });
        }
        return aangifte;
    }

    private static decimal? Money(string? text) =>
        decimal.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var v) ? v : null;
}
