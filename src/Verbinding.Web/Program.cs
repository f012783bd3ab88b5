using Verbinding.Web;
using Verbinding.Web.Infrastructure.Data;

var builder = WebApplication.CreateBuilder(args);
builder.AddVerbinding();

var app = builder.Build();
app.UseVerbinding();

await app.InitializeDatabaseAsync();
await app.RunAsync();

public partial class Program;
