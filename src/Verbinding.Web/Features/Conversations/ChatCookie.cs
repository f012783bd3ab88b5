namespace Verbinding.Web.Features.Conversations;

/// <summary>
/// Keeps the web chat's conversation id and token for the /chat page (with or without JavaScript) and the hub.
/// HttpOnly, so page scripts never see the token; a session cookie, so the chat is gone when the browser closes.
/// </summary>
public static class ChatCookie
{
    public const string Name = "verbinding.chat";

    public static (Guid Id, string Token)? Read(HttpRequest request) =>
        request.Cookies[Name]?.Split('.', 2) is [var id, var token] && Guid.TryParse(id, out var guid) && token.Length > 0
            ? (guid, token)
            : null;

    /// <summary>The token for this conversation from the cookie; null when the cookie belongs to another one.</summary>
    public static string? TokenFor(HttpContext? context, Guid id) =>
        context is not null && Read(context.Request) is { } chat && chat.Id == id ? chat.Token : null;

    public static void Write(HttpResponse response, Guid id, string token, bool production) =>
        response.Cookies.Append(Name, $"{id}.{token}", Options(response.HttpContext.Request, production));

    public static void Delete(HttpResponse response, bool production) =>
        response.Cookies.Delete(Name, Options(response.HttpContext.Request, production));

    private static CookieOptions Options(HttpRequest request, bool production) => new()
    {
        HttpOnly = true,
        Secure = production || request.IsHttps,
        SameSite = SameSiteMode.Strict,
        IsEssential = true,
        Path = "/",
    };
}
