using Verbinding.Web.Infrastructure.Data;

var builder = WebApplication.CreateBuilder(args);

builder.AddVerbindingData();
builder.Services.AddRazorPages(o => o.RootDirectory = "/Features");

var app = builder.Build();

app.UseStaticFiles();
app.MapRazorPages();

app.Run();

public partial class Program;
