namespace Verbinding.Assistant.Tests;

public sealed class TopicContractTests
{
    [Fact]
    public void Assistant_assembly_loads()
    {
        Assert.Equal("Verbinding.Assistant", typeof(AssistantAssembly).Assembly.GetName().Name);
    }
}
