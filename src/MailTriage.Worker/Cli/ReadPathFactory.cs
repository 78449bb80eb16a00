using MailTriage.Classifier.Mime;
using MailTriage.Classifier.Triage;

namespace MailTriage.Worker.Cli;

internal static class ReadPathFactory
{
    public static ReadPath Create() => new(new MimeMessageReader(), new DefaultMessageNormaliser(), new DefaultEntityExtractor());
}
