using MailTriage.Classifier.Mime;

namespace MailTriage.Worker.Mailboxes;

/// <summary>Reading .eml files is the adapter's business: the classifier itself only ever sees streams.</summary>
public static class MimeFiles
{
    public static MimeReadResult ReadFile(this MimeMessageReader reader, string path)
    {
        try
        {
            using var file = File.OpenRead(path);
            return reader.Read(file);
        }
        catch (IOException e)
        {
            return MimeReadResult.Failure(MimeReadError.Unreadable, "cannot open file: " + e.Message);
        }
        catch (UnauthorizedAccessException e)
        {
            return MimeReadResult.Failure(MimeReadError.Unreadable, "cannot open file: " + e.Message);
        }
    }
}
