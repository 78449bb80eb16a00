using System.Globalization;
using YamlDotNet.RepresentationModel;

namespace MailTriage.Routing.Matrix.Loading;

/// <summary>
/// Reads the matrix document node by node and records problems instead of throwing, so one load reports every
/// mistake in the file with its line. (A typed deserializer would stop at the first one.)
/// </summary>
internal sealed class MatrixYamlReader
{
    private readonly List<MatrixProblem> _problems = [];

    public IReadOnlyList<MatrixProblem> Problems => _problems;

    public static int? LineOf(YamlNode? node) => node is null ? null : checked((int)node.Start.Line);

    public void Problem(string section, int? row, YamlNode? node, string message) =>
        _problems.Add(new MatrixProblem(section, row, LineOf(node), message));

    public void Add(MatrixProblem problem) => _problems.Add(problem);

    public static YamlNode? Get(YamlMappingNode map, string key) =>
        map.Children.TryGetValue(new YamlScalarNode(key), out var value) ? value : null;

    /// <summary>Reports keys the format does not know: a misspelt "reason:" must not silently mean "any reason".</summary>
    public void CheckKeys(YamlMappingNode map, string section, int? row, params string[] allowed)
    {
        foreach (var key in map.Children.Keys)
        {
            var name = (key as YamlScalarNode)?.Value ?? "?";
            if (!allowed.Contains(name, StringComparer.Ordinal))
            {
                Problem(section, row, key, $"unknown key '{name}' (expected one of: {string.Join(", ", allowed)})");
            }
        }
    }

    public YamlMappingNode? Map(YamlNode? node, string section, int? row, string what)
    {
        switch (node)
        {
            case null:
                return null;
            case YamlMappingNode map:
                return map;
            default:
                Problem(section, row, node, $"{what} must be a mapping of keys to values");
                return null;
        }
    }

    public IReadOnlyList<YamlNode> Sequence(YamlNode? node, string section, string what)
    {
        switch (node)
        {
            case null:
                return [];
            case YamlSequenceNode seq:
                return [.. seq.Children];
            default:
                Problem(section, null, node, $"{what} must be a list");
                return [];
        }
    }

    public string? Text(YamlMappingNode map, string key, string section, int? row, bool required)
    {
        var node = Get(map, key);
        if (node is null)
        {
            if (required)
            {
                Problem(section, row, map, $"'{key}' is required");
            }

            return null;
        }

        if (node is YamlScalarNode { Value: { } value } && !string.IsNullOrWhiteSpace(value))
        {
            return value.Trim();
        }

        Problem(section, row, node, $"'{key}' must be a single value");
        return null;
    }

    /// <summary>A list of values; a single value is accepted as a list of one.</summary>
    public IReadOnlyList<(string Value, YamlNode Node)>? TextList(YamlMappingNode map, string key, string section, int? row)
    {
        var node = Get(map, key);
        switch (node)
        {
            case null:
                return null;
            case YamlScalarNode { Value: { } single } when !string.IsNullOrWhiteSpace(single):
                return [(single.Trim(), node)];
            case YamlSequenceNode seq:
                var items = new List<(string, YamlNode)>();
                foreach (var child in seq.Children)
                {
                    if (child is YamlScalarNode { Value: { } v } && !string.IsNullOrWhiteSpace(v))
                    {
                        items.Add((v.Trim(), child));
                    }
                    else
                    {
                        Problem(section, row, child, $"every entry of '{key}' must be a single value");
                    }
                }

                if (items.Count == 0)
                {
                    Problem(section, row, node, $"'{key}' is empty; leave it out to mean 'any'");
                    return null;
                }

                return items;
            default:
                Problem(section, row, node, $"'{key}' must be a value or a list of values");
                return null;
        }
    }

    public decimal? Decimal(YamlMappingNode map, string key, string section, int? row)
    {
        var text = Text(map, key, section, row, required: false);
        if (text is null)
        {
            return null;
        }

        if (decimal.TryParse(text.Replace("_", string.Empty, StringComparison.Ordinal), NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowThousands, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        Problem(section, row, Get(map, key), $"'{key}' must be a number, got '{text}'");
        return null;
    }
}
