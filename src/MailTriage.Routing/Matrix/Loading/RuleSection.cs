using MailTriage.Routing.Disputes;
using YamlDotNet.RepresentationModel;

namespace MailTriage.Routing.Matrix.Loading;

/// <summary>Reads the <c>rules</c> section; each row is checked on its own here, against each other in <see cref="RuleSetAnalyzer"/>.</summary>
internal static class RuleSection
{
    private const string Section = "rules";

    public static List<ResolutionRule> Read(MatrixYamlReader reader, YamlNode? node, ISet<string> regions, ISet<string> teams, ISet<string> policies)
    {
        var rules = new List<ResolutionRule>();
        var entries = reader.Sequence(node, Section, "'rules'");
        if (entries.Count == 0)
        {
            reader.Problem(Section, null, node, "there are no rules; at least a catch-all row is needed");
        }

        for (var i = 0; i < entries.Count; i++)
        {
            var row = i + 1;
            if (reader.Map(entries[i], Section, row, "a rule") is not { } map)
            {
                continue;
            }

            reader.CheckKeys(map, Section, row, "reasons", "regions", "amount", "customers", "team", "sla", "priority", "note");
            var before = reader.Problems.Count;
            var reasonSet = Reasons(reader, map, row);
            var regionSet = Regions(reader, map, row, regions);
            var amount = Amount(reader, map, row);
            var customers = Customers(reader, map, row);
            var team = Reference(reader, map, row, "team", teams, "team");
            var policy = Reference(reader, map, row, "sla", policies, "SLA policy");
            var priority = Priority(reader, map, row);
            var note = reader.Text(map, "note", Section, row, required: false);
            if (team is null || policy is null || reader.Problems.Count != before)
            {
                continue;
            }

            rules.Add(new ResolutionRule(row, MatrixYamlReader.LineOf(map) ?? 0, reasonSet, regionSet, amount, customers, team, policy, priority, note));
        }

        return rules;
    }

    private static HashSet<string>? Reasons(MatrixYamlReader reader, YamlMappingNode map, int row)
    {
        var values = reader.TextList(map, "reasons", Section, row);
        if (values is null)
        {
            return null;
        }

        var set = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (value, node) in values)
        {
            if (DisputeReasonCodes.IsKnown(value))
            {
                set.Add(value);
            }
            else
            {
                reader.Problem(Section, row, node, $"unknown reason '{value}' (known: {string.Join(", ", DisputeReasonCodes.All)})");
            }
        }

        return set;
    }

    private static HashSet<string>? Regions(MatrixYamlReader reader, YamlMappingNode map, int row, ISet<string> declared)
    {
        var values = reader.TextList(map, "regions", Section, row);
        if (values is null)
        {
            return null;
        }

        var set = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (value, node) in values)
        {
            var code = value.ToUpperInvariant();
            if (declared.Contains(code))
            {
                set.Add(code);
            }
            else
            {
                reader.Problem(Section, row, node, $"unknown region '{value}' (declared regions: {string.Join(", ", declared.Order(StringComparer.Ordinal))})");
            }
        }

        return set;
    }

    private static AmountBand? Amount(MatrixYamlReader reader, YamlMappingNode map, int row)
    {
        var node = MatrixYamlReader.Get(map, "amount");
        if (reader.Map(node, Section, row, "'amount'") is not { } band)
        {
            return null;
        }

        reader.CheckKeys(band, Section, row, "from", "below");
        var from = reader.Decimal(band, "from", Section, row);
        var below = reader.Decimal(band, "below", Section, row);
        if (from is null && below is null)
        {
            reader.Problem(Section, row, node, "'amount' needs 'from' (included) and/or 'below' (excluded)");
            return null;
        }

        if (from < 0 || below < 0)
        {
            reader.Problem(Section, row, node, $"amount band has a negative bound (from {from?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "0"}, below {below?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "∞"}); disputed amounts are positive");
            return null;
        }

        if (below is not null && below <= (from ?? 0))
        {
            reader.Problem(Section, row, node, $"amount band is inverted or empty: 'below' ({below.Value.ToString(System.Globalization.CultureInfo.InvariantCulture)}) must be greater than 'from' ({(from ?? 0).ToString(System.Globalization.CultureInfo.InvariantCulture)})");
            return null;
        }

        return new AmountBand(from ?? 0, below);
    }

    private static CustomerSelector? Customers(MatrixYamlReader reader, YamlMappingNode map, int row)
    {
        var node = MatrixYamlReader.Get(map, "customers");
        if (reader.Map(node, Section, row, "'customers'") is not { } customers)
        {
            return null;
        }

        reader.CheckKeys(customers, Section, row, "accounts", "domains");
        var accounts = reader.TextList(customers, "accounts", Section, row)?.Select(a => a.Value).ToHashSet(StringComparer.Ordinal) ?? [];
        var domains = reader.TextList(customers, "domains", Section, row)?.Select(d => d.Value.ToLowerInvariant().TrimStart('@')).ToHashSet(StringComparer.Ordinal) ?? [];
        if (accounts.Count == 0 && domains.Count == 0)
        {
            reader.Problem(Section, row, node, "'customers' needs 'accounts' and/or 'domains'");
            return null;
        }

        return new CustomerSelector(accounts, domains);
    }

    private static string? Reference(MatrixYamlReader reader, YamlMappingNode map, int row, string key, ISet<string> declared, string what)
    {
        var id = reader.Text(map, key, Section, row, required: true);
        if (id is not null && !declared.Contains(id))
        {
            reader.Problem(Section, row, MatrixYamlReader.Get(map, key), $"unknown {what} '{id}' (declared: {string.Join(", ", declared.Order(StringComparer.Ordinal))})");
            return null;
        }

        return id;
    }

    private static DisputePriority Priority(MatrixYamlReader reader, YamlMappingNode map, int row)
    {
        var text = reader.Text(map, "priority", Section, row, required: false);
        if (text is null)
        {
            return DisputePriority.Normal;
        }

        if (Enum.TryParse<DisputePriority>(text, ignoreCase: true, out var priority) && Enum.IsDefined(priority) && !char.IsDigit(text[0]))
        {
            return priority;
        }

        reader.Problem(Section, row, MatrixYamlReader.Get(map, "priority"), $"unknown priority '{text}' (low, normal, high, urgent)");
        return DisputePriority.Normal;
    }
}
