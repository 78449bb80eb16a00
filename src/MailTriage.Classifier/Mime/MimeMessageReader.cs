using MailTriage.Classifier.Messages;
using MimeKit;

namespace MailTriage.Classifier.Mime;

/// <summary>
/// Reads an RFC 5322 / MIME message (an .eml file, or Graph's <c>$value</c>) into <see cref="MailMessageInput"/>.
/// Bad input never throws: it comes back as a <see cref="MimeReadResult"/> with an error and its reason.
/// </summary>
public sealed class MimeMessageReader
{
    private const int CopyChunk = 81920;
    private readonly MimeReaderOptions _options;
    private readonly ParserOptions _parserOptions;

    public MimeMessageReader(MimeReaderOptions? options = null)
    {
        _options = options ?? MimeReaderOptions.Default;

        // MimeKit recurses per nesting level; capping it in the parser is what prevents a stack overflow.
        _parserOptions = ParserOptions.Default.Clone();
        _parserOptions.MaxMimeDepth = Math.Max(2, _options.MaxDepth + 1);
    }

    public MimeReadResult Read(Stream stream, CancellationToken cancellationToken = default)
    {
        if (stream.CanSeek)
        {
            var remaining = stream.Length - stream.Position;
            if (remaining <= 0)
            {
                return MimeReadResult.Failure(MimeReadError.Empty, "the message has no bytes");
            }

            if (remaining > _options.MaxMessageBytes)
            {
                return TooLarge();
            }
        }

        var limited = new LengthLimitedStream(stream, _options.MaxMessageBytes);
        MimeMessage message;
        try
        {
            message = MimeMessage.Load(_parserOptions, limited, persistent: false, cancellationToken);
        }
        catch (MessageTooLargeException)
        {
            return TooLarge();
        }
        catch (FormatException e)
        {
            return limited.Position == 0
                ? MimeReadResult.Failure(MimeReadError.Empty, "the message has no bytes")
                : MimeReadResult.Failure(MimeReadError.Malformed, "not a MIME message: " + e.Message);
        }
        catch (OperationCanceledException)
        {
            throw;
        }
        catch (Exception e)
        {
            // The quarantine boundary: whatever the parser trips on becomes a reason, never a crash.
            return MimeReadResult.Failure(MimeReadError.Unreadable, "cannot read the message: " + e.Message);
        }

        using (message)
        {
            return Map(message, OuterMultipartClosed(message, limited.Tail()));
        }
    }

    private MimeReadResult TooLarge() =>
        MimeReadResult.Failure(MimeReadError.TooLarge, $"the message is larger than {_options.MaxMessageBytes} bytes");

    /// <summary>
    /// MimeKit silently accepts a multipart whose closing boundary never came; the closing boundary of the
    /// outermost multipart sits at the very end of a complete message, so its absence from the tail means the
    /// input was cut short.
    /// </summary>
    private static bool OuterMultipartClosed(MimeMessage message, byte[] tail)
    {
        if (message.Body is not Multipart { Boundary: { Length: > 0 } boundary })
        {
            return true;
        }

        var marker = System.Text.Encoding.ASCII.GetBytes("--" + boundary + "--");
        return tail.AsSpan().IndexOf(marker) >= 0;
    }

    private MimeReadResult Map(MimeMessage message, bool outerClosed)
    {
        var issues = outerClosed ? MimeReadIssues.None : MimeReadIssues.StructureTruncated;
        var parts = new BodyParts();
        if (message.Body is not null)
        {
            Walk(message.Body, parts, ref issues);
        }

        var text = parts.Text?.ToString();
        var html = parts.Html?.ToString();
        var hasBody = !string.IsNullOrWhiteSpace(text) || !string.IsNullOrWhiteSpace(html);
        if (!hasBody && parts.Attachments.Count == 0)
        {
            if ((issues & MimeReadIssues.StructureTruncated) != 0)
            {
                return MimeReadResult.Failure(MimeReadError.Truncated, "the message ends inside its MIME structure and no body survived", issues);
            }

            if (string.IsNullOrWhiteSpace(message.Subject))
            {
                return MimeReadResult.Failure(MimeReadError.Empty, "the message has no subject, body or attachment", issues);
            }
        }

        var from = message.From.Mailboxes.FirstOrDefault() ?? message.Sender;
        var input = new MailMessageInput
        {
            Subject = message.Subject ?? "",
            From = from?.Address,
            FromName = string.IsNullOrWhiteSpace(from?.Name) ? null : from.Name,
            To = message.To.Mailboxes.Select(m => m.Address).ToList(),
            Cc = message.Cc.Mailboxes.Select(m => m.Address).ToList(),
            Date = message.Headers.Contains(HeaderId.Date) && message.Date != DateTimeOffset.MinValue ? message.Date : null,
            TextBody = text,
            HtmlBody = html,
            MessageId = message.MessageId,
            InReplyTo = message.InReplyTo,
            References = message.References.ToList(),
            Headers = message.Headers.Select(h => new KeyValuePair<string, string>(h.Field, h.Value ?? "")).ToList(),
            Attachments = parts.Attachments,
            TopLevelContentType = message.Body?.ContentType.MimeType.ToLowerInvariant(),
        };
        return MimeReadResult.Success(input, issues);
    }

    /// <summary>Iterative, depth-capped walk in document order: deep nesting costs a counter, not the call stack.</summary>
    private void Walk(MimeEntity root, BodyParts parts, ref MimeReadIssues issues)
    {
        var stack = new Stack<(MimeEntity Entity, int Depth)>();
        stack.Push((root, 0));
        while (stack.Count > 0)
        {
            var (entity, depth) = stack.Pop();
            if (depth > _options.MaxDepth)
            {
                issues |= MimeReadIssues.DepthLimitReached;
                continue;
            }

            switch (entity)
            {
                case Multipart multipart:
                    for (var i = multipart.Count - 1; i >= 0; i--)
                    {
                        stack.Push((multipart[i], depth + 1));
                    }

                    break;
                case MessagePart embedded:
                    AddEmbedded(embedded, parts, ref issues);
                    break;
                case MimePart part when part.ContentType.MediaType.Equals("multipart", StringComparison.OrdinalIgnoreCase):
                    issues |= MimeReadIssues.DepthLimitReached; // the parser stopped descending here
                    break;
                case TextPart textPart when IsBodyText(textPart):
                    AppendBody(textPart, parts, ref issues);
                    break;
                case MimePart part:
                    AddAttachment(part, parts, ref issues);
                    break;
            }
        }
    }

    private static bool IsBodyText(TextPart part) =>
        (part.IsPlain || part.IsHtml) && !part.IsAttachment && part.FileName is null;

    private void AppendBody(TextPart part, BodyParts parts, ref MimeReadIssues issues)
    {
        var text = DecodeText(part, ref issues);
        ref var target = ref part.IsHtml ? ref parts.Html : ref parts.Text;
        target ??= new System.Text.StringBuilder();
        if (target.Length >= _options.MaxBodyBytes)
        {
            issues |= MimeReadIssues.BodyTruncated;
            return;
        }

        if (target.Length > 0)
        {
            target.Append('\n'); // Apple Mail splits one body around inline images into several parts
        }

        target.Append(text);
    }

    private string DecodeText(MimePart part, ref MimeReadIssues issues)
    {
        if (part.Content is null)
        {
            return "";
        }

        using var decoded = part.Content.Open();
        var bytes = ReadCapped(decoded, _options.MaxBodyBytes, out var truncated);
        var span = bytes.GetBuffer().AsSpan(0, (int)bytes.Length);
        if (truncated)
        {
            issues |= MimeReadIssues.BodyTruncated;
            span = span[..TextDecoder.TrimToCharBoundary(span)];
        }

        var text = TextDecoder.Decode(span, part.ContentType.Charset, out var fellBack);
        if (fellBack)
        {
            issues |= MimeReadIssues.CharsetFallback;
        }

        return text;
    }

    private void AddAttachment(MimePart part, BodyParts parts, ref MimeReadIssues issues)
    {
        if (parts.Attachments.Count >= _options.MaxAttachments || part.Content is null)
        {
            issues |= MimeReadIssues.AttachmentSkipped;
            return;
        }

        using var decoded = part.Content.Open();
        var bytes = ReadCapped(decoded, _options.MaxAttachmentBytes, out var truncated);
        if (truncated)
        {
            issues |= MimeReadIssues.AttachmentSkipped; // half a spreadsheet is worse than none
            return;
        }

        var name = part.FileName ?? part.ContentType.Name ?? "attachment";
        parts.Attachments.Add(new MailAttachment(name, part.ContentType.MimeType.ToLowerInvariant(), bytes.ToArray()));
    }

    private void AddEmbedded(MessagePart embedded, BodyParts parts, ref MimeReadIssues issues)
    {
        // A bounced or forwarded original: kept as an attachment, never read as the newest message.
        if (parts.Attachments.Count >= _options.MaxAttachments || embedded.Message is null)
        {
            issues |= MimeReadIssues.AttachmentSkipped;
            return;
        }

        using var buffer = new MemoryStream();
        embedded.Message.WriteTo(buffer);
        if (buffer.Length > _options.MaxAttachmentBytes)
        {
            issues |= MimeReadIssues.AttachmentSkipped;
            return;
        }

        var name = embedded.ContentDisposition?.FileName ?? "message.eml";
        parts.Attachments.Add(new MailAttachment(name, embedded.ContentType.MimeType.ToLowerInvariant(), buffer.ToArray()));
    }

    private static MemoryStream ReadCapped(Stream source, int cap, out bool truncated)
    {
        var target = new MemoryStream();
        var chunk = new byte[CopyChunk];
        truncated = false;
        int n;
        while ((n = source.Read(chunk, 0, chunk.Length)) > 0)
        {
            var room = cap - (int)target.Length;
            if (n > room)
            {
                target.Write(chunk, 0, room);
                truncated = true;
                break; // the rest is never decoded: a 20 MB body costs as much as a 2 MB one
            }

            target.Write(chunk, 0, n);
        }

        return target;
    }

    private sealed class BodyParts
    {
        public System.Text.StringBuilder? Text;
        public System.Text.StringBuilder? Html;
        public readonly List<MailAttachment> Attachments = [];
    }
}
