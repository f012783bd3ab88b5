namespace Verbinding.Web.Features.Aangifte;

/// <summary>What the citizen is told after sending; never the content of the aangifte itself.</summary>
public sealed record AangifteReceipt(Guid AangifteId, string ReceiptNumber, string TypeId, ContactDetails Contact, string Language);

/// <summary>
/// Sends the receipt (e-mail/SMS/post per the citizen's choice). The notification outbox implements this at merge;
/// until then <see cref="LoggingAangifteNotifier"/> only notes that a receipt is due.
/// </summary>
public interface IAangifteNotifier
{
    Task ReceiptAsync(AangifteReceipt receipt, CancellationToken ct);
}

/// <summary>Logs the receipt number and channel only: no name, address, BSN or content.</summary>
public sealed partial class LoggingAangifteNotifier(ILogger<LoggingAangifteNotifier> logger) : IAangifteNotifier
{
    public Task ReceiptAsync(AangifteReceipt receipt, CancellationToken ct)
    {
        Log(logger, receipt.ReceiptNumber, receipt.Contact.Preference);
        return Task.CompletedTask;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Receipt {ReceiptNumber} due by {Channel} (no outbox wired yet)")]
    private static partial void Log(ILogger logger, string receiptNumber, string channel);
}
