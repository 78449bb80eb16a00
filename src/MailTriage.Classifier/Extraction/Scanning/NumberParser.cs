using System.Globalization;

namespace MailTriage.Classifier.Extraction.Scanning;

/// <summary>
/// Parses amounts written in either convention: "1,234.56" and "1.234,56", "12.450.000", "726,00", "$5,000".
/// The last separator followed by one or two digits is the decimal mark; a single separator followed by
/// exactly three digits is a thousands separator (money is not written with three decimals).
/// </summary>
internal static class NumberParser
{
    public static bool TryParse(string text, out decimal value)
    {
        value = 0;
        Span<char> digits = stackalloc char[Math.Min(text.Length + 1, 64)];
        var n = 0;
        var lastSep = -1;
        var decimalPart = -1;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsAsciiDigit(c))
            {
                if (n >= digits.Length - 1)
                {
                    return false;
                }

                digits[n++] = c;
            }
            else if (c is ',' or '.' or '\'' or '\u00A0' or '\u202F' or ' ')
            {
                lastSep = n;
                decimalPart = c is ',' or '.' ? i : -1;
            }
        }

        if (n == 0)
        {
            return false;
        }

        var fraction = 0;
        if (decimalPart >= 0)
        {
            var after = n - lastSep;
            var sepChar = text[decimalPart];
            var sameSepCount = text.Count(ch => ch == sepChar);
            // A lone separator before 1-2 digits is decimal; before 3 digits (or when repeated) it groups thousands.
            if (after is 1 or 2 && sameSepCount == 1)
            {
                fraction = after;
            }
        }

        var integer = digits[..(n - fraction)];
        var frac = digits.Slice(n - fraction, fraction);
        var composed = fraction > 0 ? string.Concat(integer, ".", frac) : integer.ToString();
        return decimal.TryParse(composed, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value);
    }
}
