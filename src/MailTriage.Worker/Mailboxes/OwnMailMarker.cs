namespace MailTriage.Worker.Mailboxes;

/// <summary>
/// How the bot recognises mail it sent itself. Graph strips custom X- headers on send, so the marker also
/// travels in the subject tag and the body; sender and conversation are checked too.
/// </summary>
public static class OwnMailMarker
{
    public const string HeaderName = "X-MailTriage-Marker";
    public const string SubjectTag = "[MailTriage]";
    public const string BodyToken = "mailtriage-marker:";
}
