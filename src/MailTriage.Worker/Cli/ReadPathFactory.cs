namespace MailTriage.Worker.Cli;

internal static class ReadPathFactory
{
    // Wired to the MimeKit reader, normaliser and extractors once they land.
    public static ReadPath Create() => throw new NotSupportedException("read path not wired yet");
}
