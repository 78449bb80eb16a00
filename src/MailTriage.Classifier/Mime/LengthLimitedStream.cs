namespace MailTriage.Classifier.Mime;

/// <summary>
/// Read-only wrapper that stops a parse once more than the allowed bytes have been read, and keeps the
/// last few KiB so the reader can tell whether the outermost multipart was closed.
/// </summary>
internal sealed class LengthLimitedStream(Stream inner, long limit) : Stream
{
    private const int TailSize = 8192;
    private readonly byte[] _tail = new byte[TailSize];
    private int _tailStart;
    private int _tailCount;
    private long _read;

    public override bool CanRead => true;
    public override bool CanSeek => false;
    public override bool CanWrite => false;
    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => _read;
        set => throw new NotSupportedException();
    }

    /// <summary>The last bytes read (at most 8 KiB), in order.</summary>
    public byte[] Tail()
    {
        var ordered = new byte[_tailCount];
        for (var i = 0; i < _tailCount; i++)
        {
            ordered[i] = _tail[(_tailStart + i) % TailSize];
        }

        return ordered;
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        var n = inner.Read(buffer);
        _read += n;
        if (_read > limit)
        {
            throw new MessageTooLargeException();
        }

        Remember(buffer[..n]);
        return n;
    }

    private void Remember(ReadOnlySpan<byte> chunk)
    {
        if (chunk.Length >= TailSize)
        {
            chunk[^TailSize..].CopyTo(_tail);
            _tailStart = 0;
            _tailCount = TailSize;
            return;
        }

        foreach (var b in chunk)
        {
            var end = (_tailStart + _tailCount) % TailSize;
            _tail[end] = b;
            if (_tailCount < TailSize)
            {
                _tailCount++;
            }
            else
            {
                _tailStart = (_tailStart + 1) % TailSize;
            }
        }
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}

internal sealed class MessageTooLargeException : IOException
{
    public MessageTooLargeException()
        : base("message exceeds the configured size limit")
    {
    }
}
