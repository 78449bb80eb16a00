using Microsoft.Kiota.Abstractions;

namespace MailTriage.Worker.Graph;

/// <summary>The request shapes the source sends: which properties it selects and which preferences it states.</summary>
internal static class GraphRequests
{
    /// <summary>
    /// Delta $select: only what triage and the source need. Delta cannot return internetMessageHeaders or
    /// attachments; those come from one batched GET per message (see <see cref="DetailFetchPolicy"/>).
    /// </summary>
    public static readonly string[] DeltaSelect =
    [
        "id", "changeKey", "parentFolderId", "categories", "subject", "from", "sender", "toRecipients",
        "receivedDateTime", "sentDateTime", "internetMessageId", "conversationId", "body", "hasAttachments",
    ];

    public static readonly string[] DetailSelect = ["internetMessageHeaders"];

    public const string ImmutableIds = "IdType=\"ImmutableId\"";

    /// <summary>
    /// Sets the one Prefer header every request carries. Preferences go in a single comma-separated value: the SDK
    /// glues multiple header values together without a separator when it writes $batch steps.
    /// </summary>
    public static void Prefer(RequestHeaders headers, int? maxPageSize = null)
    {
        headers.Remove("Prefer");
        headers.Add("Prefer", maxPageSize is { } size ? $"{ImmutableIds}, odata.maxpagesize={size}" : ImmutableIds);
    }

    public static void Prefer(RequestInformation request, int? maxPageSize = null) => Prefer(request.Headers, maxPageSize);
}
