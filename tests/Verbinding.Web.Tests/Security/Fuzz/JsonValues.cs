using System.Text.Json.Nodes;
using FsCheck;
using FsCheck.Fluent;

namespace Verbinding.Web.Tests.Security.Fuzz;

/// <summary>FsCheck generators for arbitrary JSON values: every type in every position, nested, with corpus strings mixed in.</summary>
public static class JsonValues
{
    public static Gen<JsonNode?> Any(IReadOnlyList<string> corpus) => Gen.Sized(size => Node(size, corpus));

    private static Gen<JsonNode?> Node(int size, IReadOnlyList<string> corpus)
    {
        var leaf = Gen.OneOf(
            Gen.Constant<JsonNode?>(null),
            ArbMap.Default.GeneratorFor<bool>().Select(b => (JsonNode?)JsonValue.Create(b)),
            ArbMap.Default.GeneratorFor<int>().Select(i => (JsonNode?)JsonValue.Create(i)),
            ArbMap.Default.GeneratorFor<long>().Select(i => (JsonNode?)JsonValue.Create(i)),
            ArbMap.Default.GeneratorFor<NormalFloat>().Select(d => (JsonNode?)JsonValue.Create(d.Get)),
            ArbMap.Default.GeneratorFor<string>().Where(s => s is not null).Select(s => (JsonNode?)JsonValue.Create(s)),
            Gen.Elements(corpus.ToArray()).Select(s => (JsonNode?)JsonValue.Create(s)));
        if (size <= 1)
        {
            return leaf;
        }
        var child = Node(size / 3, corpus);
        var array = Gen.Choose(0, 4).SelectMany(n => Gen.ListOf(child, n)).Select(items => (JsonNode?)new JsonArray([.. items]));
        var keys = Gen.OneOf(Gen.Elements("category", "description", "text", "location", "municipality", "language", "channel", "topic", "answers", "age"),
            ArbMap.Default.GeneratorFor<NonEmptyString>().Select(s => s.Get));
        var obj = Gen.Choose(0, 4).SelectMany(n => Gen.ListOf(keys.Zip(child), n))
            .Select(pairs => (JsonNode?)new JsonObject(pairs.DistinctBy(p => p.Item1).Select(p => KeyValuePair.Create(p.Item1, p.Item2))));
        return Gen.OneOf(leaf, leaf, array, obj);
    }
}
