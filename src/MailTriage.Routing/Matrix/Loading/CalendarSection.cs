using MailTriage.Routing.Calendars;
using MailTriage.Routing.Sla;
using NodaTime;
using NodaTime.Text;
using YamlDotNet.RepresentationModel;

namespace MailTriage.Routing.Matrix.Loading;

/// <summary>Reads the <c>calendars</c> section: zone, working hours per weekday, holidays, business-day length.</summary>
internal static class CalendarSection
{
    private const string Section = "calendars";

    private static readonly IsoDayOfWeek[] Weekdays =
        [IsoDayOfWeek.Monday, IsoDayOfWeek.Tuesday, IsoDayOfWeek.Wednesday, IsoDayOfWeek.Thursday, IsoDayOfWeek.Friday];

    private static readonly Dictionary<string, IsoDayOfWeek> DayNames = new(StringComparer.OrdinalIgnoreCase)
    {
        ["monday"] = IsoDayOfWeek.Monday,
        ["tuesday"] = IsoDayOfWeek.Tuesday,
        ["wednesday"] = IsoDayOfWeek.Wednesday,
        ["thursday"] = IsoDayOfWeek.Thursday,
        ["friday"] = IsoDayOfWeek.Friday,
        ["saturday"] = IsoDayOfWeek.Saturday,
        ["sunday"] = IsoDayOfWeek.Sunday,
    };

    /// <returns>The valid calendars by id; <paramref name="declared"/> receives every id mentioned, valid or not, so later sections do not report a broken calendar a second time as unknown.</returns>
    public static Dictionary<string, BusinessCalendar> Read(MatrixYamlReader reader, YamlNode? node, ISet<string> declared)
    {
        var calendars = new Dictionary<string, BusinessCalendar>(StringComparer.Ordinal);
        var entries = reader.Sequence(node, Section, "'calendars'");
        for (var i = 0; i < entries.Count; i++)
        {
            var row = i + 1;
            if (reader.Map(entries[i], Section, row, "a calendar") is not { } map)
            {
                continue;
            }

            reader.CheckKeys(map, Section, row, "id", "timeZone", "businessDay", "workingHours", "holidays");
            var id = reader.Text(map, "id", Section, row, required: true);
            if (id is not null && !declared.Add(id))
            {
                reader.Problem(Section, row, map, $"calendar id '{id}' is used twice");
                continue;
            }

            var before = reader.Problems.Count;
            var zone = ReadZone(reader, map, row);
            var dayLength = ReadBusinessDay(reader, map, row);
            var hours = ReadWorkingHours(reader, map, row);
            var holidays = ReadHolidays(reader, map, row);
            if (id is null || zone is null || reader.Problems.Count != before)
            {
                continue;
            }

            if (hours.Values.All(h => h.Count == 0))
            {
                reader.Problem(Section, row, map, $"calendar '{id}' has no working hours on any day");
                continue;
            }

            calendars[id] = new BusinessCalendar(id, zone, hours, holidays, dayLength);
        }

        return calendars;
    }

    private static DateTimeZone? ReadZone(MatrixYamlReader reader, YamlMappingNode map, int row)
    {
        var name = reader.Text(map, "timeZone", Section, row, required: true);
        if (name is null)
        {
            return null;
        }

        var zone = DateTimeZoneProviders.Tzdb.GetZoneOrNull(name);
        if (zone is null)
        {
            reader.Problem(Section, row, MatrixYamlReader.Get(map, "timeZone"), $"unknown time zone '{name}' (use an IANA name such as America/Chicago, America/Mexico_City, Europe/Madrid)");
        }

        return zone;
    }

    private static Duration ReadBusinessDay(MatrixYamlReader reader, YamlMappingNode map, int row)
    {
        var text = reader.Text(map, "businessDay", Section, row, required: false);
        if (text is null)
        {
            return Duration.FromHours(8);
        }

        if (BusinessSpan.TryParse(text, out var span) && span.Unit != BusinessUnit.Days && span.Amount > 0 && span.Amount <= (span.Unit == BusinessUnit.Hours ? 24 : 1440))
        {
            return span.Unit == BusinessUnit.Hours ? Duration.FromHours(span.Amount) : Duration.FromMinutes(span.Amount);
        }

        reader.Problem(Section, row, MatrixYamlReader.Get(map, "businessDay"), $"'businessDay' must be hours or minutes of working time, e.g. '8 hours'; got '{text}'");
        return Duration.FromHours(8);
    }

    private static Dictionary<IsoDayOfWeek, IReadOnlyList<WorkingInterval>> ReadWorkingHours(MatrixYamlReader reader, YamlMappingNode map, int row)
    {
        var result = new Dictionary<IsoDayOfWeek, IReadOnlyList<WorkingInterval>>();
        var hours = reader.Map(MatrixYamlReader.Get(map, "workingHours"), Section, row, "'workingHours'");
        if (hours is null)
        {
            reader.Problem(Section, row, map, "'workingHours' is required, e.g. weekdays: [\"09:00-13:00\", \"14:00-18:00\"]");
            return result;
        }

        // "weekdays" first so that a named day (a short Friday) overrides it.
        foreach (var key in hours.Children.Keys.OfType<YamlScalarNode>().OrderBy(k => k.Value == "weekdays" ? 0 : 1))
        {
            var name = key.Value ?? string.Empty;
            IsoDayOfWeek[] days = name.Equals("weekdays", StringComparison.OrdinalIgnoreCase) ? Weekdays
                : DayNames.TryGetValue(name, out var day) ? [day]
                : [];
            if (days.Length == 0)
            {
                reader.Problem(Section, row, key, $"unknown day '{name}' in workingHours (use monday … sunday or weekdays)");
                continue;
            }

            var intervals = new List<WorkingInterval>();
            foreach (var (text, node) in reader.TextList(hours, name, Section, row) ?? [])
            {
                if (WorkingInterval.TryParse(text, out var interval))
                {
                    intervals.Add(interval);
                }
                else
                {
                    reader.Problem(Section, row, node, $"working hours '{text}' on {name} must look like 09:00-17:30 with the end after the start");
                }
            }

            intervals.Sort((a, b) => a.StartMinute.CompareTo(b.StartMinute));
            for (var i = 1; i < intervals.Count; i++)
            {
                if (intervals[i].StartMinute < intervals[i - 1].EndMinute)
                {
                    reader.Problem(Section, row, key, $"working hours on {name} overlap: {intervals[i - 1]} and {intervals[i]}");
                }
            }

            foreach (var d in days)
            {
                result[d] = intervals;
            }
        }

        return result;
    }

    private static List<Holiday> ReadHolidays(MatrixYamlReader reader, YamlMappingNode map, int row)
    {
        var holidays = new List<Holiday>();
        foreach (var (text, node) in reader.TextList(map, "holidays", Section, row) ?? [])
        {
            var datePart = text.Length >= 10 ? text[..10] : text;
            var parsed = LocalDatePattern.Iso.Parse(datePart);
            if (!parsed.Success)
            {
                reader.Problem(Section, row, node, $"holiday '{text}' must start with a date as YYYY-MM-DD, e.g. '2026-12-25 Christmas Day'");
                continue;
            }

            var name = text.Length > 10 ? text[10..].Trim() : "holiday";
            holidays.Add(new Holiday(parsed.Value, name.Length == 0 ? "holiday" : name));
        }

        return holidays;
    }
}
