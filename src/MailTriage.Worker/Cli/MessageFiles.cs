using MailTriage.Classifier.Mime;
using MailTriage.Classifier.Triage;
using MailTriage.Worker.Mailboxes;

namespace MailTriage.Worker.Cli;

/// <summary>Reads one .eml file or every .eml in a folder, in name order, for the CLI commands.</summary>
internal static class MessageFiles
{
    public static IReadOnlyList<string> Enumerate(string path)
    {
        if (File.Exists(path))
        {
            return [Path.GetFullPath(path)];
        }

        if (Directory.Exists(path))
        {
            return Directory.EnumerateFiles(path, "*.eml", SearchOption.TopDirectoryOnly).Order(StringComparer.Ordinal).ToArray();
        }

        throw new FileNotFoundException($"No such file or folder: {path}");
    }

    public static (TriageResult? Result, string? Error) Triage(string file, MimeMessageReader reader, TriageEngine engine)
    {
        var read = reader.ReadFile(file);
        return read.Message is null ? (null, read.ErrorReason ?? read.Error.ToString()) : (engine.Triage(read.Message), null);
    }
}
