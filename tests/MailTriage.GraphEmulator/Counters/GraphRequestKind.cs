namespace MailTriage.GraphEmulator.Counters;

/// <summary>What a Graph request (or a <c>$batch</c> step) did, for counters and targeted faults.</summary>
public enum GraphRequestKind
{
    Unknown,
    Batch,
    Delta,
    ListFolders,
    GetFolder,
    CreateFolder,
    ListMessages,
    GetMessage,
    PatchMessage,
    MoveMessage,
    ListAttachments,
    GetAttachment,
    SendMail,
}
