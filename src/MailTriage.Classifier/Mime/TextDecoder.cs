using System.Text;

namespace MailTriage.Classifier.Mime;

/// <summary>
/// Turns body bytes into text when the declared charset may be wrong or unknown: mail in the wild
/// labels Latin-1 as UTF-8 and the reverse, so the declared charset is a hint, not a contract.
/// </summary>
internal static class TextDecoder
{
    private static readonly Encoding StrictUtf8 = new UTF8Encoding(false, true);
    private static readonly Encoding Windows1252;

    static TextDecoder()
    {
        // windows-1252 and other legacy code pages live in the CodePages provider on .NET Core.
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        Windows1252 = Encoding.GetEncoding(1252);
    }

    /// <summary>Decodes <paramref name="bytes"/>; <paramref name="fellBack"/> is true when the declared charset was not used as is.</summary>
    public static string Decode(ReadOnlySpan<byte> bytes, string? declaredCharset, out bool fellBack)
    {
        fellBack = false;
        if (bytes.IsEmpty)
        {
            return "";
        }

        if (TryBom(bytes, out var bomText))
        {
            return bomText;
        }

        var declared = Resolve(declaredCharset);
        if (declaredCharset is not null && declared is null)
        {
            fellBack = true; // unknown name: guess from the bytes below
        }

        if (declared is null || declared.CodePage is 65001 or 20127)
        {
            // UTF-8 or ASCII declared (or nothing): strict UTF-8 first, Windows-1252 for mislabelled Latin text.
            if (TryStrictUtf8(bytes, out var utf8))
            {
                return utf8;
            }

            fellBack = true;
            return Windows1252.GetString(bytes);
        }

        if (declared.IsSingleByte && IsLatin(declared) && HasNonAscii(bytes) && TryStrictUtf8(bytes, out var mislabelled))
        {
            // Declared Latin-1 but the bytes are valid multi-byte UTF-8: decoding as Latin-1 would give "Ã©".
            fellBack = true;
            return mislabelled;
        }

        return declared.GetString(bytes);
    }

    /// <summary>Drops a UTF-8 sequence cut in half by a byte cap, so strict decoding still succeeds.</summary>
    public static int TrimToCharBoundary(ReadOnlySpan<byte> bytes)
    {
        var end = bytes.Length;
        for (var back = 1; back <= 4 && end - back >= 0; back++)
        {
            var b = bytes[end - back];
            if ((b & 0xC0) == 0x80)
            {
                continue; // continuation byte: keep walking back to its lead byte
            }

            var needed = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC0 ? 2 : 1;
            return needed > back ? end - back : end;
        }

        return end;
    }

    private static Encoding? Resolve(string? charset)
    {
        if (string.IsNullOrWhiteSpace(charset))
        {
            return null;
        }

        var name = charset.Trim().Trim('"').ToLowerInvariant();
        name = name switch
        {
            "utf8" or "utf_8" or "unicode-1-1-utf-8" => "utf-8",
            "latin1" or "latin-1" or "iso8859-1" or "iso_8859-1" or "8859-1" => "iso-8859-1",
            "ascii" or "us_ascii" or "ansi_x3.4-1968" => "us-ascii",
            "cp1252" or "win-1252" or "windows1252" => "windows-1252",
            _ => name,
        };

        try
        {
            return Encoding.GetEncoding(name);
        }
        catch (ArgumentException)
        {
            return null;
        }
        catch (NotSupportedException)
        {
            return null;
        }
    }

    private static bool IsLatin(Encoding e) => e.CodePage is 28591 or 1252 or 28605 or 20127;

    private static bool HasNonAscii(ReadOnlySpan<byte> bytes) => bytes.IndexOfAnyInRange((byte)0x80, (byte)0xFF) >= 0;

    private static bool TryStrictUtf8(ReadOnlySpan<byte> bytes, out string text)
    {
        try
        {
            text = StrictUtf8.GetString(bytes);
            return true;
        }
        catch (DecoderFallbackException)
        {
            text = "";
            return false;
        }
    }

    private static bool TryBom(ReadOnlySpan<byte> bytes, out string text)
    {
        if (bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF)
        {
            text = Encoding.UTF8.GetString(bytes[3..]);
            return true;
        }

        if (bytes.Length >= 2 && bytes[0] == 0xFF && bytes[1] == 0xFE)
        {
            text = Encoding.Unicode.GetString(bytes[2..]);
            return true;
        }

        if (bytes.Length >= 2 && bytes[0] == 0xFE && bytes[1] == 0xFF)
        {
            text = Encoding.BigEndianUnicode.GetString(bytes[2..]);
            return true;
        }

        text = "";
        return false;
    }
}
