namespace Verbinding.Web.Tests.Infrastructure;

/// <summary>One migrated application per test class (xunit class fixture).</summary>
public sealed class AppFixture : IAsyncLifetime
{
    public VerbindingApplication App { get; private set; } = null!;

    public async ValueTask InitializeAsync() => App = await VerbindingApplication.StartAsync();

    public async ValueTask DisposeAsync() => await App.DisposeAsync();
}
