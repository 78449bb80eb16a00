namespace MailTriage.GraphEmulator.Mail;

/// <summary>The well-known folder names Graph accepts in place of folder ids, and their display names.</summary>
internal static class WellKnownFolders
{
    public const string Root = "msgfolderroot";

    public static readonly IReadOnlyList<(string Name, string DisplayName)> Children =
    [
        ("inbox", "Inbox"),
        ("sentitems", "Sent Items"),
        ("drafts", "Drafts"),
        ("deleteditems", "Deleted Items"),
        ("archive", "Archive"),
        ("junkemail", "Junk Email"),
        ("outbox", "Outbox"),
    ];
}
