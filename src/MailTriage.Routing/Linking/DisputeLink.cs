using MailTriage.Routing.Disputes;

namespace MailTriage.Routing.Linking;

public enum DisputeLinkKind
{
    /// <summary>No existing dispute: open one.</summary>
    New,

    /// <summary>The message is already recorded on a dispute (a replay after a crash): do nothing.</summary>
    AlreadyRecorded,

    /// <summary>A reply on the dispute's thread (In-Reply-To / References / conversation).</summary>
    AttachByThread,

    /// <summary>A new mail from the same customer about an invoice already in dispute, inside the linking window.</summary>
    AttachByInvoice,

    /// <summary>The matching dispute is closed: open a new one that points back to it.</summary>
    FollowUp,
}

/// <summary>The linker's verdict for one mail.</summary>
/// <param name="DisputeId">The existing dispute (to attach to, or followed up); null for <see cref="DisputeLinkKind.New"/>.</param>
public sealed record DisputeLink(DisputeLinkKind Kind, DisputeId? DisputeId, string Explanation)
{
    public bool OpensDispute => Kind is DisputeLinkKind.New or DisputeLinkKind.FollowUp;
}
