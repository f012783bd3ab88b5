namespace Verbinding.Assistant;

/// <summary>Marker for the assistant assembly (Wout): plain .NET, no ASP.NET or EF.</summary>
public static class AssistantAssembly;
