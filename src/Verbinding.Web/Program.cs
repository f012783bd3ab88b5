using Verbinding.Web.Infrastructure.Data;
using Verbinding.Web.Infrastructure.Localization;

var builder = WebApplication.CreateBuilder(args);

builder.AddVerbindingData();
builder.AddVerbindingLocalization();
builder.Services.AddRazorPages(o => o.RootDirectory = "/Features");

var app = builder.Build();

app.UseStaticFiles();
app.UseVerbindingLocalization();
app.MapRazorPages();

app.Run();

public partial class Program;
