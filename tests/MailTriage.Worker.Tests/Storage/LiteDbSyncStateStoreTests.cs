using MailTriage.Worker.Storage;

namespace MailTriage.Worker.Tests.Storage;

public sealed class LiteDbSyncStateStoreTests : IDisposable
{
    private readonly TempDatabase _db = new();

    public void Dispose() => _db.Dispose();

    [Fact]
    public async Task SetAsync_ThenRestart_ValueKept()
    {
        const string key = "delta/ar-us@fabrikam.example/inbox";
        await new LiteDbSyncStateStore(_db.Open()).SetAsync(key, "https://graph.microsoft.com/v1.0/...$deltatoken=abc", CancellationToken.None);

        var value = await new LiteDbSyncStateStore(_db.Reopen()).GetAsync(key, CancellationToken.None);

        Assert.Equal("https://graph.microsoft.com/v1.0/...$deltatoken=abc", value);
    }

    [Fact]
    public async Task RemoveAsync_ExistingAndMissingKeys_ForgetsAndIgnores()
    {
        var store = new LiteDbSyncStateStore(_db.Open());
        await store.SetAsync("k", "v1", CancellationToken.None);
        await store.SetAsync("k", "v2", CancellationToken.None);
        Assert.Equal("v2", await store.GetAsync("k", CancellationToken.None));

        await store.RemoveAsync("k", CancellationToken.None);
        await store.RemoveAsync("never-set", CancellationToken.None);

        Assert.Null(await store.GetAsync("k", CancellationToken.None));
    }
}
