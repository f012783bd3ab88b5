using Verbinding.Web;
using Verbinding.Web.Infrastructure.Data;
using Verbinding.Web.Infrastructure.Observability;

var startup = StartupPhases.Begin();
var builder = WebApplication.CreateBuilder(args);
builder.AddVerbinding();
startup.Mark("services registered");

var app = builder.Build();
startup.Mark("host built");
startup.AttachTo(app);
app.UseVerbinding();
startup.Mark("pipeline and endpoints mapped");

await app.InitializeDatabaseAsync();
startup.Mark("database initialized");
await app.RunAsync();

public partial class Program;
