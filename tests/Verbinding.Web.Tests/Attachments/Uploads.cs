using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Microsoft.Extensions.DependencyInjection;
using Verbinding.Web.Features.Aangifte;
using Verbinding.Web.Features.Citizens;
using Verbinding.Web.Tests.Aangifte;
using Verbinding.Web.Tests.Infrastructure;

namespace Verbinding.Web.Tests.Attachments;

public sealed record TestUpload(string FileName, byte[] Bytes, string ContentType = "image/jpeg");

/// <summary>Intent methods for upload tests: a draft up to the attachments step, and multipart posts as a browser sends them.</summary>
internal static class Uploads
{
    /// <summary>Step 5 of the bicycle theft: after "beschrijving".</summary>
    public const int AttachmentStep = 5;

    /// <summary>A bicycle-theft draft whose first four steps are filled, so the attachments step is open.</summary>
    public static async Task<Guid> DraftUpToAttachmentsAsync(this VerbindingApplication app, string bsnText)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var aangiftes = scope.ServiceProvider.GetRequiredService<AangifteService>();
        var type = scope.ServiceProvider.GetRequiredService<AangifteTypeCatalog>().Find("fietsendiefstal")!;
        Assert.True(Bsn.TryParse(bsnText, out var bsn));
        var draft = await aangiftes.StartDraftAsync(bsn, type, new EligibilityRecord([], 30, false, "test", false));
        for (var i = 0; i < AttachmentStep - 1; i++)
        {
            Assert.True((await aangiftes.SaveStepAsync(draft, i, AangifteFlow.BicycleSteps[i], StepMove.Next)).Check.IsValid, $"step {i}");
        }
        return draft.Id;
    }

    /// <summary>Goes on from the attachments step and fills the steps after it, over HTTP; returns the review page URL.</summary>
    public static async Task<string> FinishStepsAsync(this HttpClient client, Guid draftId)
    {
        for (var step = AttachmentStep; step <= AangifteFlow.BicycleSteps.Length; step++)
        {
            var response = await client.PostFormAsync($"/aangifte/{draftId}/stap/{step}", new Dictionary<string, string>(AangifteFlow.BicycleSteps[step - 1]) { ["nav"] = "next" });
            Assert.True((int)response.StatusCode is 302, $"step {step}: {(int)response.StatusCode}");
        }
        return $"/aangifte/{draftId}/controleren";
    }

    /// <summary>Posts a form on <paramref name="url"/> as multipart with files under "files", as a browser without JavaScript does.</summary>
    public static async Task<HttpResponseMessage> PostFilesAsync(this HttpClient client, string url, IReadOnlyDictionary<string, string> fields,
        IEnumerable<TestUpload> files, string formSelector = "main form[method=post]", string fileField = "files")
    {
        var page = await client.GetPageAsync(url);
        var form = (IHtmlFormElement?)page.QuerySelector(formSelector) ?? throw new InvalidOperationException($"No form {formSelector} on {url}");
        Assert.Equal("multipart/form-data", form.GetAttribute("enctype"));
        var token = form.QuerySelector<IHtmlInputElement>("input[name=__RequestVerificationToken]")!.Value;
        using var content = new MultipartFormDataContent { { new StringContent(token), "__RequestVerificationToken" } };
        foreach (var (name, value) in fields)
        {
            content.Add(new StringContent(value), name);
        }
        foreach (var file in files)
        {
            var part = new ByteArrayContent(file.Bytes);
            part.Headers.ContentType = new(file.ContentType);
            content.Add(part, fileField, file.FileName);
        }
        var action = string.IsNullOrEmpty(form.GetAttribute("action")) ? url : form.GetAttribute("action")!;
        return await client.PostAsync(action, content);
    }
}
