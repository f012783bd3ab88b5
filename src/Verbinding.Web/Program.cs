using Verbinding.Web.Features.Citizens;
using Verbinding.Web.Infrastructure.Data;

var builder = WebApplication.CreateBuilder(args);

builder.AddVerbindingData();
builder.AddCitizenIdentity();
builder.Services.AddRazorPages(o => o.RootDirectory = "/Features");

var app = builder.Build();

app.UseStaticFiles();
app.UseRouting();
app.UseAuthentication();
app.UseAuthorization();
app.MapRazorPages();
app.MapCitizenIdentity();

app.Run();

public partial class Program;
