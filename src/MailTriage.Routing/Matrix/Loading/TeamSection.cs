using MailTriage.Routing.Teams;
using NodaTime;
using NodaTime.Text;
using YamlDotNet.RepresentationModel;

namespace MailTriage.Routing.Matrix.Loading;

/// <summary>Reads the <c>teams</c> section with members, capacities and absences.</summary>
internal static class TeamSection
{
    private const string Section = "teams";

    public static Dictionary<string, Team> Read(MatrixYamlReader reader, YamlNode? node, ISet<string> declared, ISet<string> declaredCalendars)
    {
        var teams = new Dictionary<string, Team>(StringComparer.Ordinal);
        var entries = reader.Sequence(node, Section, "'teams'");
        for (var i = 0; i < entries.Count; i++)
        {
            var row = i + 1;
            if (reader.Map(entries[i], Section, row, "a team") is not { } map)
            {
                continue;
            }

            reader.CheckKeys(map, Section, row, "id", "name", "calendar", "manager", "members");
            var id = reader.Text(map, "id", Section, row, required: true);
            if (id is not null && !declared.Add(id))
            {
                reader.Problem(Section, row, map, $"team id '{id}' is used twice");
                continue;
            }

            var before = reader.Problems.Count;
            var name = reader.Text(map, "name", Section, row, required: false) ?? id;
            var calendar = reader.Text(map, "calendar", Section, row, required: true);
            if (calendar is not null && !declaredCalendars.Contains(calendar))
            {
                reader.Problem(Section, row, MatrixYamlReader.Get(map, "calendar"), $"unknown calendar '{calendar}' (declared: {List(declaredCalendars)})");
            }

            var manager = ContactReader.Read(reader, MatrixYamlReader.Get(map, "manager"), Section, row, "manager", map);
            var members = ReadMembers(reader, map, row);
            if (id is null || name is null || calendar is null || manager is null || reader.Problems.Count != before)
            {
                continue;
            }

            teams[id] = new Team(id, name, calendar, manager, members);
        }

        return teams;
    }

    private static List<TeamMember> ReadMembers(MatrixYamlReader reader, YamlMappingNode team, int row)
    {
        var members = new List<TeamMember>();
        var emails = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var item in reader.Sequence(MatrixYamlReader.Get(team, "members"), Section, "'members'"))
        {
            if (reader.Map(item, Section, row, "a team member") is not { } map)
            {
                continue;
            }

            reader.CheckKeys(map, Section, row, "name", "email", "timeZone", "manager", "capacity", "outOfOffice");
            var before = reader.Problems.Count;
            var name = reader.Text(map, "name", Section, row, required: true);
            var email = reader.Text(map, "email", Section, row, required: true);
            if (email is not null && !ContactReader.LooksLikeEmail(email))
            {
                reader.Problem(Section, row, MatrixYamlReader.Get(map, "email"), $"'{email}' is not an email address");
            }
            else if (email is not null && !emails.Add(email))
            {
                reader.Problem(Section, row, MatrixYamlReader.Get(map, "email"), $"member {email} is listed twice in this team");
            }

            var zoneName = reader.Text(map, "timeZone", Section, row, required: true);
            var zone = zoneName is null ? null : DateTimeZoneProviders.Tzdb.GetZoneOrNull(zoneName);
            if (zoneName is not null && zone is null)
            {
                reader.Problem(Section, row, MatrixYamlReader.Get(map, "timeZone"), $"unknown time zone '{zoneName}' for {email ?? name}");
            }

            var managerEmail = reader.Text(map, "manager", Section, row, required: false);
            if (managerEmail is not null && !ContactReader.LooksLikeEmail(managerEmail))
            {
                reader.Problem(Section, row, MatrixYamlReader.Get(map, "manager"), $"member manager '{managerEmail}' must be an email address");
            }

            var capacity = reader.Decimal(map, "capacity", Section, row);
            if (capacity is not null && (capacity < 1 || capacity != decimal.Truncate(capacity.Value)))
            {
                reader.Problem(Section, row, MatrixYamlReader.Get(map, "capacity"), $"capacity of {email ?? name} must be a whole number of open disputes, at least 1");
            }

            var absences = ReadAbsences(reader, map, row);
            if (name is null || email is null || zone is null || reader.Problems.Count != before)
            {
                continue;
            }

            members.Add(new TeamMember(name, email, zone, managerEmail, (int)(capacity ?? 20), absences));
        }

        return members;
    }

    private static List<AbsenceRange> ReadAbsences(MatrixYamlReader reader, YamlMappingNode member, int row)
    {
        var ranges = new List<AbsenceRange>();
        foreach (var (text, node) in reader.TextList(member, "outOfOffice", Section, row) ?? [])
        {
            var parts = text.Split(" to ", StringSplitOptions.TrimEntries);
            var from = LocalDatePattern.Iso.Parse(parts[0]);
            var to = parts.Length == 2 ? LocalDatePattern.Iso.Parse(parts[1]) : from;
            if (parts.Length > 2 || !from.Success || !to.Success)
            {
                reader.Problem(Section, row, node, $"out-of-office '{text}' must be a date or 'YYYY-MM-DD to YYYY-MM-DD'");
            }
            else if (to.Value < from.Value)
            {
                reader.Problem(Section, row, node, $"out-of-office '{text}' ends before it starts");
            }
            else
            {
                ranges.Add(new AbsenceRange(from.Value, to.Value));
            }
        }

        return ranges;
    }

    private static string List(IEnumerable<string> ids) => string.Join(", ", ids.Order(StringComparer.Ordinal));
}
