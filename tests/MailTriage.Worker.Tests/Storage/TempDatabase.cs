using MailTriage.Worker.Storage;

namespace MailTriage.Worker.Tests.Storage;

/// <summary>A LiteDB file in its own temporary folder, deleted with the test.</summary>
internal sealed class TempDatabase : IDisposable
{
    private readonly List<LiteDbStore> _opened = [];

    public TempDatabase()
    {
        Folder = Path.Combine(Path.GetTempPath(), "mailtriage-storage-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Folder);
    }

    public string Folder { get; }

    public string FilePath => Path.Combine(Folder, "mailtriage.db");

    public LiteDbStore Open(bool durable = true)
    {
        var store = new LiteDbStore(new LiteDbStoreOptions { Path = FilePath, DurableCommits = durable });
        _opened.Add(store);
        return store;
    }

    /// <summary>Closes every store opened so far (as a restart would) and opens a fresh one.</summary>
    public LiteDbStore Reopen()
    {
        CloseAll();
        return Open();
    }

    public void CloseAll()
    {
        _opened.ForEach(s => s.Dispose());
        _opened.Clear();
    }

    public void Dispose()
    {
        CloseAll();
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // A child process killed by a test may still be releasing the file; the OS cleans temp eventually.
        }
    }
}
