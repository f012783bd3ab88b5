using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using FsCheck;
using FsCheck.Fluent;

namespace Verbinding.Web.Tests.Security.Fuzz;

/// <summary>One write endpoint as the fuzzer drives it: URL with real ids, a valid template to mutate, extra headers.</summary>
public sealed record FuzzTarget(EndpointShape Endpoint, string Url, JsonObject? JsonTemplate, IReadOnlyDictionary<string, string> FormTemplate,
    IReadOnlyList<(string Header, string Value)> Headers, bool AsStaff);

/// <summary>
/// Builds bad requests for a target: corpus bodies and values, FsCheck-generated JSON and strings, invalid UTF-8,
/// wrong content types and oversized fields. Deterministic per seed, so a failure can be replayed.
/// </summary>
public sealed class FuzzRequests(FuzzCorpus corpus, int seed)
{
    private readonly Random _random = new(seed);
    private readonly Gen<JsonNode?> _json = JsonValues.Any(corpus.Strings);
    private readonly Gen<string> _strings = ArbMap.Default.GeneratorFor<string>().Where(s => s is not null);

    public HttpRequestMessage Build(FuzzTarget target, string antiforgeryToken, int iteration)
    {
        var request = new HttpRequestMessage(new HttpMethod(target.Endpoint.Method), target.Url);
        foreach (var (header, value) in target.Headers)
        {
            request.Headers.TryAddWithoutValidation(header, value);
        }
        request.Content = target.Endpoint.IsPage ? Form(target, antiforgeryToken, iteration) : Json(target, iteration);
        return request;
    }

    private HttpContent Json(FuzzTarget target, int iteration)
    {
        var template = target.JsonTemplate ?? [];
        switch (_random.Next(7))
        {
            case 0:
                return Body(Pick(corpus.Bodies));
            case 1:
                return Body(Replace(template, JsonValue.Create(Pick(corpus.Strings))).ToJsonString());
            case 2:
                return Body(Replace(template, Generated()).ToJsonString());
            case 3:
                return Body(Generated()?.ToJsonString() ?? "null");
            case 4:
                return Bytes(Encoding.UTF8.GetBytes("{\"" + FieldOf(template) + "\":\"").Concat(Pick(corpus.InvalidUtf8)).Concat("\"}"u8.ToArray()).ToArray(), "application/json");
            case 5:
                return new StringContent(template.ToJsonString(), Encoding.UTF8, Pick(["text/plain", "application/x-www-form-urlencoded", "application/xml", "multipart/form-data"]));
            default:
                var body = Replace(template, JsonValue.Create(Pick(corpus.Strings)));
                body[Pick(["__proto__", "id", "status", "eenheidId", "trackingCode", "bsn"])] = Generated();
                return Body(body.ToJsonString());
        }
    }

    private HttpContent Form(FuzzTarget target, string antiforgeryToken, int iteration)
    {
        var fields = new Dictionary<string, string>(target.FormTemplate) { ["__RequestVerificationToken"] = antiforgeryToken };
        var names = target.Endpoint.FormFields.Concat(target.FormTemplate.Keys).Distinct().DefaultIfEmpty("x").ToList();
        if (iteration % 250 == 249)
        {
            // Beyond the form value limit (4 MB): the framework must refuse it, not crash.
            fields[Pick(names)] = new string('A', 5_000_000);
            return new FormUrlEncodedContent(fields);
        }
        switch (_random.Next(5))
        {
            case 0:
                foreach (var name in names)
                {
                    fields[name] = Pick(corpus.Strings);
                }
                break;
            case 1:
                fields[Pick(names)] = Pick(corpus.Strings);
                break;
            case 2:
                foreach (var name in names)
                {
                    fields[name] = _strings.Sample(1, _random.Next(1, 60))[0];
                }
                break;
            case 3:
                var prefix = Encoding.ASCII.GetBytes(string.Join('&', fields.Select(f => $"{Uri.EscapeDataString(f.Key)}={Uri.EscapeDataString(f.Value)}")) + "&" + Pick(names) + "=");
                return Bytes([.. prefix, .. Pick(corpus.InvalidUtf8), .. "%C3%28%FF"u8.ToArray()], "application/x-www-form-urlencoded");
            default:
                var key = Pick(corpus.Strings);
                fields[Pick(names) + "[" + key[..Math.Min(20, key.Length)] + "]"] = Pick(corpus.Strings);
                fields[Pick(names)] = Pick(corpus.Strings);
                break;
        }
        return new FormUrlEncodedContent(fields);
    }

    private JsonNode? Generated() => _json.Sample(1, _random.Next(1, 30))[0];

    /// <summary>A copy of the template with one field, possibly nested, set to <paramref name="value"/>.</summary>
    private JsonObject Replace(JsonObject template, JsonNode? value)
    {
        var copy = (JsonObject)template.DeepClone();
        var target = copy;
        while (target.Where(p => p.Value is JsonObject).ToList() is { Count: > 0 } nested && _random.Next(2) == 0)
        {
            target = (JsonObject)Pick(nested).Value!;
        }
        target[FieldOf(target)] = value;
        return copy;
    }

    private string FieldOf(JsonObject json) => json.Count == 0 ? "text" : json.ElementAt(_random.Next(json.Count)).Key;

    private T Pick<T>(IReadOnlyList<T> items) => items[_random.Next(items.Count)];

    private static StringContent Body(string json) => new(json, Encoding.UTF8, "application/json");

    private static ByteArrayContent Bytes(byte[] bytes, string contentType)
    {
        var content = new ByteArrayContent(bytes);
        content.Headers.ContentType = new MediaTypeHeaderValue(contentType);
        return content;
    }
}
