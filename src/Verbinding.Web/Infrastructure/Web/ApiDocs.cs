using Scalar.AspNetCore;

namespace Verbinding.Web.Infrastructure.Web;

public static class ApiDocs
{
    public static IHostApplicationBuilder AddApiDocs(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOpenApi("v1", o => o.AddDocumentTransformer((doc, _, _) =>
        {
            doc.Info.Title = "Verbinding API";
            doc.Info.Description = "Public and staff APIs of Verbinding, the police's digital front office.";
            return Task.CompletedTask;
        }));
        return builder;
    }

    public static WebApplication MapApiDocs(this WebApplication app)
    {
        app.MapOpenApi("/openapi/{documentName}.json");
        app.MapScalarApiReference("/api-docs", o => o.WithTitle("Verbinding API").WithOpenApiRoutePattern("/openapi/{documentName}.json"));
        return app;
    }
}
