using System.Buffers.Text;
using System.Text.Json;

namespace MailTriage.GraphEmulator.Delta;

/// <summary>
/// What a delta <c>$skiptoken</c> / <c>$deltatoken</c> stands for: a folder and a range of the store's change
/// sequence. Encoded into the token itself, so links stay valid across emulator requests like Graph's do.
/// </summary>
internal sealed record DeltaState
{
    public required string MailboxId { get; init; }
    public required string FolderId { get; init; }

    /// <summary>Changes after this sequence are in the round (exclusive).</summary>
    public long From { get; init; }

    /// <summary>Changes up to this sequence are in the round; 0 in a deltaLink (fixed when the link is called).</summary>
    public long To { get; init; }

    /// <summary>Paging position inside the round: the last sequence already returned.</summary>
    public long After { get; init; }

    public string? Select { get; init; }
    public DateTimeOffset? ReceivedSince { get; init; }
    public int Epoch { get; init; }

    public string Encode() => Base64Url.EncodeToString(JsonSerializer.SerializeToUtf8Bytes(this));

    public static DeltaState? TryDecode(string token)
    {
        try
        {
            return JsonSerializer.Deserialize<DeltaState>(Base64Url.DecodeFromChars(token));
        }
        catch (Exception e) when (e is FormatException or JsonException)
        {
            return null;
        }
    }
}
