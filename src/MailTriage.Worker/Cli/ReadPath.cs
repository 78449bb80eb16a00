using MailTriage.Classifier.Triage;
using MailTriage.Worker.Models;

namespace MailTriage.Worker.Cli;

/// <summary>The classifier's pieces the CLI commands share: the MIME reader, the normaliser, the extractor and the loaded engine.</summary>
internal sealed class ReadPath(IMimeReader mimeReader, IMessageNormaliser normaliser, IEntityExtractor extractor)
{
    public IMimeReader MimeReader => mimeReader;
    public IMessageNormaliser Normaliser => normaliser;
    public IEntityExtractor Extractor => extractor;

    public TriageEngine Engine(string? modelsFolder) =>
        TriageEngineLoader.Load(ModelFiles.ResolveFolder(modelsFolder), normaliser, extractor);
}
