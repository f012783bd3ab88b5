namespace Verbinding.Assistant.Entities;

/// <summary>
/// Finds details in a citizen's message (dates, places, amounts, IBANs, plates, phone numbers...) and
/// normalises them for prefilling forms. Stateless: one instance can serve every conversation at once.
/// </summary>
public sealed class EntityExtractor : IEntityExtractor
{
    private static readonly IEntityRecogniser[] Recognisers =
    [
        new IbanRecogniser(),
        new ImeiRecogniser(),
        new EmailRecogniser(),
        new UrlRecogniser(),
        new PhoneRecogniser(),
        new LicencePlateRecogniser(),
        new PostcodeRecogniser(),
        new AddressRecogniser(),
        new FrameNumberRecogniser(),
        new AmountRecogniser(),
        new TimeRecogniser(),
        new RelativeDayRecogniser(),
        new WeekdayRecogniser(),
        new PeriodRecogniser(),
        new AgoRecogniser(),
        new NumericDateRecogniser(),
        new MonthNameDateRecogniser(),
        new PlaceRecogniser(),
        new BrandRecogniser(),
    ];

    public IReadOnlyList<Entity> Extract(string text, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length == 0)
        {
            return [];
        }

        var today = AmsterdamCalendar.Today(now);
        var found = new List<Candidate>();
        foreach (var recogniser in Recognisers)
        {
            recogniser.Collect(text, today, found);
        }

        return OverlapResolver.Resolve(text, found);
    }
}
