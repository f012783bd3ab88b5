using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Options;

namespace Verbinding.Web.Features.Attachments;

/// <summary>
/// Upload forms (multipart) may carry <see cref="AttachmentOptions.MaxRequestBytes"/>; a larger body is answered 413
/// with a plain message before anything reads it, instead of failing somewhere inside form parsing.
/// </summary>
public static class UploadLimit
{
    public static IApplicationBuilder UseUploadLimit(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        var request = context.Request;
        if (request.ContentType?.StartsWith("multipart/form-data", StringComparison.OrdinalIgnoreCase) == true)
        {
            var max = context.RequestServices.GetRequiredService<IOptions<AttachmentOptions>>().Value.MaxRequestBytes;
            if (request.ContentLength > max)
            {
                await DrainAsync(context, request.ContentLength.Value);
                context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
                context.Response.ContentType = "text/plain; charset=utf-8";
                await context.Response.WriteAsync(
                    $"De bestanden zijn samen te groot (meer dan {max / (1024 * 1024)} MB). Ga terug en kies minder of kleinere bestanden.\n"
                    + $"The files are too large together (more than {max / (1024 * 1024)} MB). Go back and choose fewer or smaller files.\n");
                return;
            }
            // A body without a length (chunked) is cut off by the server at the same size.
            if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
            {
                limit.MaxRequestBodySize = max;
            }
        }
        await next(context);
    });

    /// <summary>Bodies up to this size are read and thrown away before the 413, so the browser shows our message.</summary>
    public const long MaxDrainBytes = 128L * 1024 * 1024;

    // A browser sends the whole body before it reads the answer; if the server closes the connection halfway, the user
    // sees "connection reset" instead of the message. Reading (and discarding) a reasonable body avoids that.
    private static async Task DrainAsync(HttpContext context, long length)
    {
        if (length > MaxDrainBytes || context.Features.Get<IHttpMaxRequestBodySizeFeature>() is not { IsReadOnly: false } limit)
        {
            return;
        }
        limit.MaxRequestBodySize = length;
        var buffer = System.Buffers.ArrayPool<byte>.Shared.Rent(64 * 1024);
        try
        {
            while (await context.Request.Body.ReadAsync(buffer, context.RequestAborted) > 0)
            {
            }
        }
        catch (IOException)
        {
            // The client gave up: nothing left to answer.
        }
        finally
        {
            System.Buffers.ArrayPool<byte>.Shared.Return(buffer);
        }
    }
}
