using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.Extensions.Options;

namespace Verbinding.Web.Features.Citizens.DigidSimulator;

/// <summary>Razor Pages are discovered whatever the configuration; this makes simulator pages 404 when the simulator is off.</summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class DigidSimulatorOnlyAttribute : Attribute, IPageFilter
{
    public void OnPageHandlerSelected(PageHandlerSelectedContext context)
    {
    }

    public void OnPageHandlerExecuting(PageHandlerExecutingContext context)
    {
        var options = context.HttpContext.RequestServices.GetRequiredService<IOptions<CitizenIdentityOptions>>();
        if (!options.Value.UseSimulator)
        {
            context.Result = new NotFoundResult();
        }
    }

    public void OnPageHandlerExecuted(PageHandlerExecutedContext context)
    {
    }
}
