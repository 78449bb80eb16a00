using System.Collections.Frozen;
using MailTriage.Classifier.Extraction.Scanning;

namespace MailTriage.Classifier.Extraction;

/// <summary>
/// The promised payment date, resolved against the local date of the message's Date header (in its own
/// offset: "tomorrow" at 18:52 -0800 is the next Pacific day). Reads explicit dates ("by 05-Nov-2026",
/// "el 15/12", "jueves 12 de noviembre"), weekdays ("next Tuesday's ACH batch", "el próximo viernes",
/// "el martes de la semana que viene"), "tomorrow", "on the 30th", "end of month" and "in 10 days". The first
/// future date in a sentence about paying wins (a schedule's first instalment); else the first future date.
/// </summary>
internal static class PromiseDateExtractor
{
    /// <summary>Promises further out than this are not promises but contract dates.</summary>
    private const int MaxDaysAhead = 400;

    private static readonly FrozenDictionary<string, DayOfWeek> Weekdays = new Dictionary<string, DayOfWeek>(StringComparer.Ordinal)
    {
        ["monday"] = DayOfWeek.Monday, ["tuesday"] = DayOfWeek.Tuesday, ["wednesday"] = DayOfWeek.Wednesday,
        ["thursday"] = DayOfWeek.Thursday, ["friday"] = DayOfWeek.Friday, ["saturday"] = DayOfWeek.Saturday,
        ["sunday"] = DayOfWeek.Sunday, ["mon"] = DayOfWeek.Monday, ["tue"] = DayOfWeek.Tuesday, ["tues"] = DayOfWeek.Tuesday,
        ["wed"] = DayOfWeek.Wednesday, ["thu"] = DayOfWeek.Thursday, ["thur"] = DayOfWeek.Thursday,
        ["thurs"] = DayOfWeek.Thursday, ["fri"] = DayOfWeek.Friday, ["lunes"] = DayOfWeek.Monday,
        ["martes"] = DayOfWeek.Tuesday, ["miercoles"] = DayOfWeek.Wednesday, ["jueves"] = DayOfWeek.Thursday,
        ["viernes"] = DayOfWeek.Friday, ["sabado"] = DayOfWeek.Saturday, ["domingo"] = DayOfWeek.Sunday,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly FrozenDictionary<string, int> NumberWords = new Dictionary<string, int>(StringComparer.Ordinal)
    {
        ["one"] = 1, ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6, ["seven"] = 7, ["ten"] = 10,
        ["fourteen"] = 14, ["fifteen"] = 15, ["thirty"] = 30, ["un"] = 1, ["una"] = 1, ["uno"] = 1, ["dos"] = 2,
        ["tres"] = 3, ["cuatro"] = 4, ["cinco"] = 5, ["seis"] = 6, ["siete"] = 7, ["diez"] = 10, ["quince"] = 15,
        ["treinta"] = 30, ["a"] = 1,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly FrozenSet<string> NotAPromiseBefore = FrozenSet.ToFrozenSet(
        ["due", "vence", "vencio", "vencimiento", "vto", "vto.", "dated", "dtd", "since", "desde", "received", "recibido",
         "recibimos", "of", "issued", "emitida", "invoiced", "facturado", "expires", "caduca", "until", "hasta", "from"],
        StringComparer.Ordinal);

    public static DateOnly? Extract(ScannedText text, DateTimeOffset? sent, string language)
    {
        DateOnly? anchor = sent is { } s ? DateOnly.FromDateTime(s.DateTime) : null; // local date in its own offset
        var dayFirst = DayFirst(text, sent, language);
        DateOnly? firstFuture = null;
        foreach (var sentence in SentenceSplitter.Split(text, includeAttachments: false))
        {
            var paying = sentence.Exists(t => t.Kind == TokenKind.Word && Lexicon.PaymentWords.Contains(t.Norm));
            for (var i = 0; i < sentence.Count; i++)
            {
                var date = Mention(sentence, i, anchor, dayFirst);
                if (date is not { } d || !IsFuture(d, anchor) || FollowsExclusion(sentence, i))
                {
                    continue;
                }

                if (paying)
                {
                    return d;
                }

                firstFuture ??= d;
            }
        }

        return firstFuture;
    }

    private static bool IsFuture(DateOnly date, DateOnly? anchor) =>
        anchor is not { } a || (date >= a && date.DayNumber - a.DayNumber <= MaxDaysAhead);

    /// <summary>Day-first in Spanish; in English when the text shows it ("30/09") or the sender is east of UTC.</summary>
    private static bool DayFirst(ScannedText text, DateTimeOffset? sent, string language)
    {
        if (language == "es")
        {
            return true;
        }

        foreach (var t in text.AllTokens)
        {
            if (t.Kind == TokenKind.Date && DateText.NumericParts(t.Text) is var (a, b))
            {
                if (a > 12 && b <= 12)
                {
                    return true;
                }

                if (b > 12 && a <= 12)
                {
                    return false;
                }
            }
        }

        return sent is { Offset.TotalHours: >= 1 };
    }

    private static bool FollowsExclusion(List<Token> s, int i)
    {
        for (var j = i - 1; j >= Math.Max(0, i - 2); j--)
        {
            if (s[j].Kind == TokenKind.Word && NotAPromiseBefore.Contains(s[j].Norm))
            {
                return true;
            }
        }

        return false;
    }

    private static DateOnly? Mention(List<Token> s, int i, DateOnly? anchor, bool dayFirst)
    {
        var t = s[i];
        if (t.Kind == TokenKind.Date)
        {
            return DateText.Parse(t.Text, dayFirst) is { } written ? DateText.Resolve(written, anchor) : null;
        }

        if (anchor is not { } a)
        {
            return null; // relative words need the Date header
        }

        return t.Kind switch
        {
            TokenKind.Word => WordMention(s, i, a),
            TokenKind.Number => DayOfMonth(s, i, a),
            _ => null,
        };
    }

    private static DateOnly? WordMention(List<Token> s, int i, DateOnly a)
    {
        var w = s[i].Norm;
        var prev = Word(s, i - 1);
        switch (w)
        {
            case "today" or "hoy" or "tonight":
                return a;
            case "tomorrow":
                return prev == "after" ? a.AddDays(2) : a.AddDays(1);
            case "manana":
                // "mañana" is also "morning": "esta mañana", "por la mañana".
                if (prev is "la" or "esta" or "por" or "cada" or "toda" or "las" or "de")
                {
                    return null;
                }

                return prev == "pasado" ? a.AddDays(2) : a.AddDays(1);
        }

        var day = w.EndsWith("'s", StringComparison.Ordinal) ? w[..^2] : w;
        if (Weekdays.TryGetValue(day, out var weekday))
        {
            return WeekdayMention(s, i, a, weekday);
        }

        if (w is "end" or "fin" or "final" or "finales" or "eom" or "cierre")
        {
            return EndOf(s, i, a);
        }

        if (w is "in" or "within" or "en" or "dentro")
        {
            return InDays(s, i, a);
        }

        return null;
    }

    private static DateOnly? WeekdayMention(List<Token> s, int i, DateOnly a, DayOfWeek target)
    {
        // "Monday, November 16": the explicit date that follows is the mention.
        for (var j = i + 1; j < s.Count && j <= i + 3; j++)
        {
            if (s[j].Kind == TokenKind.Date)
            {
                return null;
            }
        }

        if (i > 0 && s[i - 1].Kind == TokenKind.Date)
        {
            return null;
        }

        var after = string.Join(' ', Words(s, i + 1, 5));
        var before = string.Join(' ', Words(s, Math.Max(0, i - 5), i - Math.Max(0, i - 5)));
        var nextWeek = after.StartsWith("next week", StringComparison.Ordinal)
            || after.StartsWith("de la semana que viene", StringComparison.Ordinal)
            || after.StartsWith("de la proxima semana", StringComparison.Ordinal)
            || after.StartsWith("de la semana proxima", StringComparison.Ordinal)
            || after.StartsWith("de la siguiente semana", StringComparison.Ordinal)
            || after.StartsWith("de la semana entrante", StringComparison.Ordinal)
            || before.EndsWith("next week", StringComparison.Ordinal)
            || before.EndsWith("semana que viene el", StringComparison.Ordinal)
            || before.EndsWith("proxima semana el", StringComparison.Ordinal);
        if (nextWeek)
        {
            var monday = a.AddDays(7 - (((int)a.DayOfWeek + 6) % 7));
            return monday.AddDays(((int)target + 6) % 7);
        }

        var prev = Word(s, i - 1);
        var prev2 = Word(s, i - 2);
        var delta = ((int)target - (int)a.DayOfWeek + 7) % 7;
        if (delta == 0 && !(prev is "this" or "este" or "esta" || prev2 is "this" or "este"))
        {
            delta = 7; // "next Friday" / "el viernes" said on a Friday means the coming one
        }

        return a.AddDays(delta);
    }

    private static DateOnly? EndOf(List<Token> s, int i, DateOnly a)
    {
        var next = string.Join(' ', Words(s, i + 1, 5));
        var w = s[i].Norm;
        bool month;
        if (w == "eom")
        {
            month = true;
        }
        else if (next.StartsWith("of the month", StringComparison.Ordinal) || next.StartsWith("of month", StringComparison.Ordinal)
            || next.StartsWith("de mes", StringComparison.Ordinal) || next.StartsWith("del mes", StringComparison.Ordinal)
            || next.StartsWith("of next month", StringComparison.Ordinal) || next.StartsWith("of this month", StringComparison.Ordinal)
            || next.StartsWith("of the next month", StringComparison.Ordinal) || next.StartsWith("del proximo mes", StringComparison.Ordinal))
        {
            month = true;
        }
        else if (next.StartsWith("of the week", StringComparison.Ordinal) || next.StartsWith("of this week", StringComparison.Ordinal)
            || next.StartsWith("of next week", StringComparison.Ordinal) || next.StartsWith("de semana", StringComparison.Ordinal)
            || next.StartsWith("de la semana", StringComparison.Ordinal))
        {
            month = false;
        }
        else
        {
            return Word(s, i - 1) == "month" ? LastDay(a, 0) : null; // "month end", "month-end"
        }

        var following = next.Contains("next", StringComparison.Ordinal) || next.Contains("proximo", StringComparison.Ordinal)
            || next.Contains("que viene", StringComparison.Ordinal) || next.Contains("siguiente", StringComparison.Ordinal);
        if (month)
        {
            return LastDay(a, following ? 1 : 0);
        }

        var friday = a.AddDays(((int)DayOfWeek.Friday - (int)a.DayOfWeek + 7) % 7);
        return following ? friday.AddDays(7) : friday;
    }

    private static DateOnly LastDay(DateOnly a, int monthsAhead)
    {
        var first = new DateOnly(a.Year, a.Month, 1).AddMonths(monthsAhead);
        return first.AddDays(DateTime.DaysInMonth(first.Year, first.Month) - 1);
    }

    private static DateOnly? InDays(List<Token> s, int i, DateOnly a)
    {
        var j = i + 1;
        if (s[i].Norm == "dentro" && Word(s, j) == "de")
        {
            j++;
        }

        if (j >= s.Count)
        {
            return null;
        }

        int n;
        if (s[j].Kind is TokenKind.Number && int.TryParse(s[j].Text, out var digits))
        {
            n = digits;
        }
        else if (s[j].Kind == TokenKind.Word && NumberWords.TryGetValue(s[j].Norm, out var word))
        {
            n = word;
        }
        else
        {
            return null;
        }

        var unit = Word(s, j + 1);
        if (unit is "business" or "working" or "calendar")
        {
            unit = Word(s, j + 2);
        }

        return unit switch
        {
            "day" or "days" or "dias" or "dia" when n is > 0 and <= 120 => a.AddDays(n),
            "week" or "weeks" or "semanas" or "semana" when n is > 0 and <= 12 => a.AddDays(7 * n),
            _ => null,
        };
    }

    /// <summary>"on the 30th", "el día 25": the next such day of the month on or after the anchor.</summary>
    private static DateOnly? DayOfMonth(List<Token> s, int i, DateOnly a)
    {
        if (!int.TryParse(s[i].Text, out var day) || day is < 1 or > 31)
        {
            return null;
        }

        var ordinal = i + 1 < s.Count && s[i + 1] is { Kind: TokenKind.Word, SpaceBefore: false, Norm: "st" or "nd" or "rd" or "th" };
        var dia = Word(s, i - 1) is "dia";
        if (!ordinal && !dia)
        {
            return null;
        }

        for (var monthsAhead = 0; monthsAhead < 3; monthsAhead++)
        {
            var month = new DateOnly(a.Year, a.Month, 1).AddMonths(monthsAhead);
            if (day <= DateTime.DaysInMonth(month.Year, month.Month))
            {
                var candidate = new DateOnly(month.Year, month.Month, day);
                if (candidate >= a)
                {
                    return candidate;
                }
            }
        }

        return null;
    }

    private static string? Word(List<Token> s, int i) =>
        i >= 0 && i < s.Count && s[i].Kind == TokenKind.Word ? s[i].Norm : null;

    private static IEnumerable<string> Words(List<Token> s, int start, int count)
    {
        for (var j = start; j < s.Count && j < start + count; j++)
        {
            if (s[j].Kind == TokenKind.Word)
            {
                yield return s[j].Norm;
            }
        }
    }
}
