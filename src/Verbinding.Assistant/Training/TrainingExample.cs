namespace Verbinding.Assistant.Training;

/// <summary>One labelled training line: <c>{"text","topic","lang"}</c>.</summary>
public sealed record TrainingExample(string Text, string Topic, string Lang);
