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
// The database (EF model, migrations, seeders) is prepared while the pipeline is mapped: both only read the services,
// and requests are served only after both.
var database = Task.Run(() => app.InitializeDatabaseAsync());
app.UseVerbinding();
startup.Mark("pipeline and endpoints mapped");

await database;
startup.Mark("database initialized");
await app.RunAsync();

public partial class Program;
