using System.Text.RegularExpressions;

namespace Verbinding.Web.Features.Conversations.Email;

/// <summary>
/// The channel's one public address (contact@...) and its plus-addressed variants (contact+{threadToken}@...):
/// replies carry the thread token in the address, so they find their conversation even when the mail program
/// dropped In-Reply-To.
/// </summary>
public sealed partial class EmailAddressing(string address)
{
    private readonly string _local = address[..address.IndexOf('@', StringComparison.Ordinal)].ToLowerInvariant();
    private readonly string _domain = address[(address.IndexOf('@', StringComparison.Ordinal) + 1)..].ToLowerInvariant();

    public string Address => _local + "@" + _domain;

    public string Domain => _domain;

    public string ForThread(string token) => $"{_local}+{token}@{_domain}";

    /// <summary>Whether mail to this recipient is ours to take: the address itself or a plus-addressed variant.</summary>
    public bool Accepts(string recipient)
    {
        var (local, domain) = Split(recipient);
        return domain == _domain && (local == _local || local.StartsWith(_local + "+", StringComparison.Ordinal));
    }

    public string? ThreadTokenOf(string recipient)
    {
        var (local, domain) = Split(recipient);
        if (domain != _domain || !local.StartsWith(_local + "+", StringComparison.Ordinal))
            return null;
        var token = local[(_local.Length + 1)..];
        return TokenPattern().IsMatch(token) ? token : null;
    }

    private static (string Local, string Domain) Split(string recipient)
    {
        var at = recipient.LastIndexOf('@');
        return at <= 0 ? ("", "") : (recipient[..at].Trim().ToLowerInvariant(), recipient[(at + 1)..].Trim().ToLowerInvariant());
    }

    [GeneratedRegex("^[a-z0-9]{16,32}$")]
    public static partial Regex TokenPattern();
}
