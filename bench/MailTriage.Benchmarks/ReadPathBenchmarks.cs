using BenchmarkDotNet.Attributes;
using MailTriage.Classifier.Mime;
using MailTriage.Classifier.Triage;
using MailTriage.Worker.Models;

namespace MailTriage.Benchmarks;

/// <summary>
/// The whole read path (parse → normalise → classify → extract) against the MIME parse alone, its ceiling.
/// One operation = one pass over the project's 24 demo messages, so messages/s = 24 / mean.
/// </summary>
[MemoryDiagnoser]
public class ReadPathBenchmarks
{
    private byte[][] _messages = [];
    private MimeMessageReader _reader = null!;
    private TriageEngine _engine = null!;

    [GlobalSetup]
    public void Setup()
    {
        var root = RepositoryRoot.Find();
        _messages = Directory.EnumerateFiles(Path.Combine(root, "samples", "mailbox"), "*.eml", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal)
            .Select(File.ReadAllBytes)
            .ToArray();
        _reader = new MimeMessageReader();
        _engine = TriageEngineLoader.Load(Path.Combine(root, "models"), new DefaultMessageNormaliser(), new DefaultEntityExtractor());
    }

    [Benchmark(Baseline = true)]
    public int MimeParseOnly()
    {
        var n = 0;
        foreach (var bytes in _messages)
        {
            using var stream = new MemoryStream(bytes, writable: false);
            n += _reader.Read(stream).Message is null ? 0 : 1;
        }

        return n;
    }

    [Benchmark]
    public int FullReadPath()
    {
        var n = 0;
        foreach (var bytes in _messages)
        {
            using var stream = new MemoryStream(bytes, writable: false);
            var read = _reader.Read(stream);
            if (read.Message is not null)
            {
                n += _engine.Triage(read.Message).Extraction.InvoiceNumbers.Count;
            }
        }

        return n;
    }
}
