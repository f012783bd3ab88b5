using System.IO.Compression;
using System.Runtime.InteropServices;

namespace Verbinding.Assistant.Classification;

/// <summary>
/// Reads and writes <see cref="TopicModel"/> as a small gzip'ed binary file: topics, vocabulary, weights,
/// biases, temperature and threshold. Loading it takes milliseconds, training takes seconds.
/// </summary>
public static class ModelFile
{
    private const string Magic = "wout-topics";
    private const int Version = 1;

    public static void Write(TopicModel model, Stream output)
    {
        using var gzip = new GZipStream(output, CompressionLevel.SmallestSize, leaveOpen: true);
        using var writer = new BinaryWriter(gzip);
        writer.Write(Magic);
        writer.Write(Version);
        writer.Write(model.Temperature);
        writer.Write(model.Threshold);
        WriteStrings(writer, model.Topics);
        WriteStrings(writer, model.Features);
        foreach (var bias in model.Biases)
        {
            writer.Write(bias);
        }

        foreach (var weight in model.Weights)
        {
            writer.Write(weight);
        }
    }

    public static TopicModel Read(Stream input)
    {
        using var gzip = new GZipStream(input, CompressionMode.Decompress);
        using var reader = new BinaryReader(new BufferedStream(gzip, 1 << 16));
        if (reader.ReadString() != Magic || reader.ReadInt32() != Version)
        {
            throw new InvalidDataException("Not a Wout topic model file (or an older version): run 'assistant train'.");
        }

        var temperature = reader.ReadSingle();
        var threshold = reader.ReadSingle();
        var topics = ReadStrings(reader);
        var features = ReadStrings(reader);
        var biases = ReadFloats(reader, topics.Length);
        var weights = ReadFloats(reader, topics.Length * features.Length);
        return new TopicModel(topics, features, weights, biases, temperature, threshold);
    }

    public static void Write(TopicModel model, string path)
    {
        using var file = File.Create(path);
        Write(model, file);
    }

    private static void WriteStrings(BinaryWriter writer, IReadOnlyList<string> values)
    {
        writer.Write(values.Count);
        foreach (var value in values)
        {
            writer.Write(value);
        }
    }

    private static string[] ReadStrings(BinaryReader reader)
    {
        var values = new string[reader.ReadInt32()];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = reader.ReadString();
        }

        return values;
    }

    // Straight into the float array: a 5 MB byte[] copy would stay in the process's working set after it is freed.
    // BinaryReader reads no further ahead than asked, so its stream is exactly at the floats.
    private static float[] ReadFloats(BinaryReader reader, int count)
    {
        var values = new float[count];
        reader.BaseStream.ReadExactly(MemoryMarshal.AsBytes(values.AsSpan()));
        return values;
    }
}
