using System.Globalization;
using MailTriage.Routing.Sla;
using YamlDotNet.RepresentationModel;

namespace MailTriage.Routing.Matrix.Loading;

/// <summary>Reads the <c>slaPolicies</c> section.</summary>
internal static class PolicySection
{
    private const string Section = "slaPolicies";

    public static Dictionary<string, SlaPolicy> Read(MatrixYamlReader reader, YamlNode? node, ISet<string> declared)
    {
        var policies = new Dictionary<string, SlaPolicy>(StringComparer.Ordinal);
        var entries = reader.Sequence(node, Section, "'slaPolicies'");
        for (var i = 0; i < entries.Count; i++)
        {
            var row = i + 1;
            if (reader.Map(entries[i], Section, row, "an SLA policy") is not { } map)
            {
                continue;
            }

            reader.CheckKeys(map, Section, row, "id", "acknowledgeWithin", "respondWithin", "resolveWithin", "warnAt", "escalation");
            var id = reader.Text(map, "id", Section, row, required: true);
            if (id is not null && !declared.Add(id))
            {
                reader.Problem(Section, row, map, $"SLA policy id '{id}' is used twice");
                continue;
            }

            var before = reader.Problems.Count;
            var acknowledge = Span(reader, map, "acknowledgeWithin", row, required: true);
            var respond = Span(reader, map, "respondWithin", row, required: false) ?? acknowledge;
            var resolve = Span(reader, map, "resolveWithin", row, required: true);
            var warnAt = WarnAt(reader, map, row);
            var ladder = Ladder(reader, map, row);
            if (id is null || acknowledge is null || respond is null || resolve is null || reader.Problems.Count != before)
            {
                continue;
            }

            policies[id] = new SlaPolicy(id, acknowledge.Value, respond.Value, resolve.Value, warnAt, ladder);
        }

        return policies;
    }

    private static BusinessSpan? Span(MatrixYamlReader reader, YamlMappingNode map, string key, int row, bool required)
    {
        var text = reader.Text(map, key, Section, row, required);
        if (text is null)
        {
            return null;
        }

        if (BusinessSpan.TryParse(text, out var span) && span.Amount > 0)
        {
            return span;
        }

        reader.Problem(Section, row, MatrixYamlReader.Get(map, key), $"'{key}' must be a positive business time such as '4 business hours' or '5 business days'; got '{text}'");
        return null;
    }

    private static double WarnAt(MatrixYamlReader reader, YamlMappingNode map, int row)
    {
        var text = reader.Text(map, "warnAt", Section, row, required: false);
        if (text is null)
        {
            return 0.75;
        }

        var percent = text.EndsWith('%');
        if (double.TryParse(text.TrimEnd('%'), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value))
        {
            var fraction = percent ? value / 100 : value;
            if (fraction is > 0 and < 1)
            {
                return fraction;
            }
        }

        reader.Problem(Section, row, MatrixYamlReader.Get(map, "warnAt"), $"'warnAt' must be a share of the target strictly between 0 and 100 %, e.g. '75%'; got '{text}'");
        return 0.75;
    }

    private static IReadOnlyList<EscalationStep> Ladder(MatrixYamlReader reader, YamlMappingNode map, int row)
    {
        var node = MatrixYamlReader.Get(map, "escalation");
        if (node is null)
        {
            return SlaPolicy.DefaultLadder;
        }

        var steps = new List<EscalationStep>();
        foreach (var item in reader.Sequence(node, Section, "'escalation'"))
        {
            if (reader.Map(item, Section, row, "an escalation step") is not { } step)
            {
                continue;
            }

            reader.CheckKeys(step, Section, row, "after", "notify");
            var afterText = reader.Text(step, "after", Section, row, required: true);
            var notifyText = reader.Text(step, "notify", Section, row, required: true);
            if (afterText is null || notifyText is null)
            {
                continue;
            }

            if (!BusinessSpan.TryParse(afterText, out var after))
            {
                reader.Problem(Section, row, MatrixYamlReader.Get(step, "after"), $"escalation 'after' must be a business time such as '4 business hours'; got '{afterText}'");
                continue;
            }

            EscalationRecipient? recipient = notifyText.ToLowerInvariant().Replace("_", "-", StringComparison.Ordinal) switch
            {
                "owner" => EscalationRecipient.Owner,
                "manager" or "owner-manager" => EscalationRecipient.OwnerManager,
                "ar-manager" or "armanager" => EscalationRecipient.ArManager,
                _ => null,
            };
            if (recipient is null)
            {
                reader.Problem(Section, row, MatrixYamlReader.Get(step, "notify"), $"escalation 'notify' must be owner, manager or ar-manager; got '{notifyText}'");
                continue;
            }

            steps.Add(new EscalationStep(after, recipient.Value));
        }

        // Policies are calendar-free, so order is checked with the default 8-hour business day.
        for (var i = 1; i < steps.Count; i++)
        {
            if (Order(steps[i].After) < Order(steps[i - 1].After))
            {
                reader.Problem(Section, row, node, $"escalation steps must be in ascending order of 'after' ({steps[i - 1].After} comes before {steps[i].After})");
            }
        }

        return steps;
    }

    private static double Order(BusinessSpan span) => span.Unit switch
    {
        BusinessUnit.Minutes => span.Amount / 60.0,
        BusinessUnit.Hours => span.Amount,
        _ => span.Amount * 8.0,
    };
}
