using Verbinding.Web.Infrastructure.Web;
using Verbinding.Web.Features.Organisation;

namespace Verbinding.Web.Features.Meldingen;

/// <summary>A submission that passed every check, with its place resolved to a municipality, eenheid and basisteam.</summary>
public sealed record ValidMelding(
    MeldingCategory Category,
    MunicipalityMatch Place,
    string Description,
    string? Street,
    string? HouseNumber,
    string? Postcode,
    string? PlaceDescription,
    DateTimeOffset? OccurredAt,
    MeldingContact? Contact,
    string Language,
    IReadOnlyDictionary<string, string> Answers);

/// <summary>Checks a submission and resolves its place. Pure: no database, messages in Dutch and English.</summary>
public sealed class MeldingValidator(MeldingCatalog catalog, MunicipalityResolver resolver, MunicipalitySuggestions suggestions)
{
    public (ValidMelding? Melding, IReadOnlyList<MeldingError> Errors) Validate(MeldingSubmission s, DateTimeOffset now)
    {
        var errors = new List<MeldingError>();
        void Fail(string field, string key, params object[] args) => errors.Add(new MeldingError(field, MeldingTexts.Get(key, args)));

        var category = catalog.Find(s.Category);
        if (string.IsNullOrWhiteSpace(s.Category))
        {
            Fail("category", "ErrorCategoryRequired");
        }
        else if (category is null)
        {
            Fail("category", "ErrorCategoryUnknown");
        }

        var description = Clean(s.Description);
        if (description is null)
        {
            Fail("description", "ErrorDescriptionRequired");
        }
        else if (description.Length > MeldingLimits.Description)
        {
            Fail("description", "ErrorTooLong", MeldingLimits.Description);
        }

        var place = ValidateLocation(s.Location, Fail);

        if (s.OccurredAt is { } occurred && occurred > now.AddHours(1))
        {
            Fail("occurredAt", "ErrorOccurredInFuture");
        }
        var contact = ValidateContact(s.Contact, Fail);
        var answers = category is null ? new Dictionary<string, string>() : ValidateAnswers(category, s.Answers, errors);

        if (errors.Count > 0)
        {
            return (null, errors);
        }
        var location = s.Location!;
        return (new ValidMelding(
            category!, place!, description!, Clean(location.Street), Clean(location.HouseNumber),
            Clean(location.Postcode) is { } pc ? FormatPostcode(pc) : null, Clean(location.Description),
            s.OccurredAt, contact, s.Language == "en" ? "en" : "nl", answers), errors);
    }

    private MunicipalityMatch? ValidateLocation(MeldingLocation? location, Action<string, string, object[]> fail)
    {
        var municipality = Clean(location?.Municipality);
        MunicipalityMatch? place = null;
        if (municipality is null)
        {
            fail("location.municipality", "ErrorMunicipalityRequired", []);
        }
        else if (resolver.Candidates(municipality) is { Count: > 1 } several)
        {
            fail("location.municipality", "ErrorMunicipalityAmbiguous", [municipality, string.Join(", ", several.Select(m => m.Municipality.Name))]);
        }
        else if ((place = resolver.Resolve(municipality)) is null)
        {
            var close = suggestions.For(municipality);
            if (close.Count > 0)
            {
                fail("location.municipality", "ErrorMunicipalityUnknownSuggest", [municipality, string.Join(", ", close)]);
            }
            else
            {
                fail("location.municipality", "ErrorMunicipalityUnknown", [municipality]);
            }
        }

        var street = Clean(location?.Street);
        var number = Clean(location?.HouseNumber);
        var postcode = Clean(location?.Postcode);
        var placeDescription = Clean(location?.Description);
        if (postcode is not null && !Postcodes.IsValid(postcode))
        {
            fail("location.postcode", "ErrorPostcodeInvalid", [postcode]);
        }
        if (number is not null && (!HouseNumbers.IsValid(number) || number.Length > MeldingLimits.HouseNumber))
        {
            fail("location.houseNumber", "ErrorHouseNumberInvalid", []);
        }
        if (street is { Length: > MeldingLimits.Street })
        {
            fail("location.street", "ErrorTooLong", [MeldingLimits.Street]);
        }
        if (placeDescription is { Length: > MeldingLimits.PlaceDescription })
        {
            fail("location.description", "ErrorTooLong", [MeldingLimits.PlaceDescription]);
        }
        if (street is null && (postcode is null || number is null) && placeDescription is null)
        {
            fail("location", "ErrorLocationIncomplete", []);
        }
        return place;
    }

    private static MeldingContact? ValidateContact(MeldingContact? contact, Action<string, string, object[]> fail)
    {
        if (contact is null)
        {
            return null;
        }
        var name = Clean(contact.Name);
        var email = Clean(contact.Email);
        var phone = Clean(contact.Phone);
        if (name is { Length: > MeldingLimits.Name })
        {
            fail("contact.name", "ErrorTooLong", [MeldingLimits.Name]);
        }
        if (email is not null && !ContactDetails.IsEmail(email))
        {
            fail("contact.email", "ErrorEmailInvalid", []);
        }
        if (phone is not null && !ContactDetails.IsPhone(phone))
        {
            fail("contact.phone", "ErrorPhoneInvalid", []);
        }
        return name is null && email is null && phone is null ? null : new MeldingContact(name, email, phone);
    }

    private static Dictionary<string, string> ValidateAnswers(
        MeldingCategory category, IReadOnlyDictionary<string, string>? given, List<MeldingError> errors)
    {
        var answers = new Dictionary<string, string>();
        if (given is null)
        {
            // The API contract has no answers; the form and Wout ask the questions.
            return answers;
        }
        foreach (var question in category.Questions)
        {
            var answer = Clean(given.GetValueOrDefault(question.Id));
            var field = "answers." + question.Id;
            if (answer is null)
            {
                if (question.Required)
                {
                    errors.Add(AboutQuestion(field, "ErrorAnswerRequired", question));
                }
                continue;
            }
            var valid = question.Type switch
            {
                "choice" => question.Choices.Any(o => o.Id == answer),
                "yesno" => answer is "ja" or "nee",
                _ => answer.Length <= MeldingLimits.Answer,
            };
            if (!valid)
            {
                errors.Add(AboutQuestion(field, "ErrorAnswerInvalid", question));
                continue;
            }
            answers[question.Id] = answer;
        }
        return answers;
    }

    // The question's own label in each language, not the Dutch label in both.
    private static MeldingError AboutQuestion(string field, string key, CategoryQuestion question) =>
        new(field, new LocalText(MeldingTexts.Get(key, question.Label.Nl).Nl, MeldingTexts.Get(key, question.Label.En).En));

    private static string FormatPostcode(string postcode) => Postcodes.IsValid(postcode)
        ? Postcodes.Normalize(postcode)[..4] + " " + Postcodes.Normalize(postcode)[4..]
        : postcode;

    // Invisible characters the databases cannot store are dropped rather than refused: the reporter never typed them on purpose.
    private static string? Clean(string? value) =>
        string.IsNullOrWhiteSpace(value) ? null : StorableText.Strip(value).Trim() is { Length: > 0 } clean ? clean : null;
}
