using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace Verbinding.Web.Infrastructure.Observability;

/// <summary>
/// Traces and metrics (OTLP when OTEL_EXPORTER_OTLP_ENDPOINT is set, Prometheus at /metrics) and JSON logs.
/// Personal data never enters a log message: log ids and hashes, and the redactor erases anything classified as personal.
/// </summary>
public static class Telemetry
{
    public const string ServiceName = "verbinding-web";

    public static IHostApplicationBuilder AddTelemetry(this IHostApplicationBuilder builder)
    {
        if (!builder.Environment.IsDevelopment())
        {
            builder.Logging.AddJsonConsole(o => o.IncludeScopes = true);
        }
        builder.Logging.EnableRedaction();
        builder.Services.AddRedaction(r => r.SetRedactor<Microsoft.Extensions.Compliance.Redaction.ErasingRedactor>(
            new Microsoft.Extensions.Compliance.Classification.DataClassificationSet(PersonalDataAttribute.PersonalData)));

        var otel = builder.Services.AddOpenTelemetry()
            .ConfigureResource(r => r.AddService(ServiceName))
            .WithTracing(t => t.AddAspNetCoreInstrumentation().AddSource(ServiceName))
            .WithMetrics(m => m.AddAspNetCoreInstrumentation().AddRuntimeInstrumentationIfAvailable().AddMeter(ServiceName).AddPrometheusExporter());
        if (!string.IsNullOrWhiteSpace(builder.Configuration["OTEL_EXPORTER_OTLP_ENDPOINT"]))
        {
            otel.UseOtlpExporter();
        }
        return builder;
    }

    public static WebApplication MapTelemetry(this WebApplication app)
    {
        app.MapPrometheusScrapingEndpoint("/metrics");
        return app;
    }

    private static MeterProviderBuilder AddRuntimeInstrumentationIfAvailable(this MeterProviderBuilder m) =>
        m.AddMeter("System.Runtime");
}
