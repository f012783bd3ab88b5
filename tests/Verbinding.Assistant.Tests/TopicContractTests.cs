namespace Verbinding.Assistant.Tests;

public sealed class TopicContractTests
{
    [Fact]
    public void Assistant_assembly_loads()
    {
        Assert.Equal("Verbinding.Assistant", typeof(Verbinding.Assistant.Topics.TopicIds).Assembly.GetName().Name);
    }
}
