using MailTriage.Classifier.Mime;
using MailTriage.Classifier.Triage;
using MailTriage.Worker.Models;

namespace MailTriage.Worker.Cli;

/// <summary>The classifier's pieces the CLI commands share: the MIME reader, the normaliser, the extractor and the loaded engine.</summary>
internal sealed class ReadPath(MimeMessageReader mimeReader, IMessageNormaliser normaliser, IEntityExtractor extractor)
{
    public MimeMessageReader MimeReader => mimeReader;
    public IMessageNormaliser Normaliser => normaliser;

    public TriageEngine Engine(string? modelsFolder) =>
        TriageEngineLoader.Load(ModelFiles.ResolveFolder(modelsFolder), normaliser, extractor);
}
