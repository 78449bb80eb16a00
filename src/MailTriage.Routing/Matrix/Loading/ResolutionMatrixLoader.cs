using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace MailTriage.Routing.Matrix;

/// <summary>
/// Loads a resolution matrix from YAML (or JSON, which is read as YAML). Takes text, not a path: opening the file
/// is the host's business. Every problem in the file is reported at once, located by section, row and line.
/// </summary>
public static class ResolutionMatrixLoader
{
    public static ResolutionMatrix LoadOrThrow(string text) => LoadOrThrow(new StringReader(text));

    public static ResolutionMatrix LoadOrThrow(TextReader reader)
    {
        var result = Load(reader);
        return result.IsValid ? result.Matrix! : throw new ResolutionMatrixException(result.Problems);
    }

    public static MatrixLoadResult Load(string text) => Load(new StringReader(text));

    public static MatrixLoadResult Load(TextReader text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var stream = new YamlStream();
        try
        {
            stream.Load(text);
        }
        catch (YamlException ex)
        {
            return Failed(new MatrixProblem("file", null, checked((int)ex.Start.Line), $"not valid YAML/JSON: {ex.Message}"));
        }

        if (stream.Documents.Count != 1 || stream.Documents[0].RootNode is not YamlMappingNode root)
        {
            return Failed(new MatrixProblem("file", null, null, "the file must hold one mapping with arManager, regions, calendars, slaPolicies, teams and rules"));
        }

        var reader = new Loading.MatrixYamlReader();
        reader.CheckKeys(root, "file", null, "version", "arManager", "regions", "calendars", "slaPolicies", "teams", "rules");
        var arManager = Loading.ContactReader.Read(reader, Loading.MatrixYamlReader.Get(root, "arManager"), "arManager", null, "arManager", root);
        var regions = ReadRegions(reader, root);

        var calendarIds = new HashSet<string>(StringComparer.Ordinal);
        var policyIds = new HashSet<string>(StringComparer.Ordinal);
        var teamIds = new HashSet<string>(StringComparer.Ordinal);
        var calendars = Loading.CalendarSection.Read(reader, Loading.MatrixYamlReader.Get(root, "calendars"), calendarIds);
        var policies = Loading.PolicySection.Read(reader, Loading.MatrixYamlReader.Get(root, "slaPolicies"), policyIds);
        var teams = Loading.TeamSection.Read(reader, Loading.MatrixYamlReader.Get(root, "teams"), teamIds, calendarIds);
        var rules = Loading.RuleSection.Read(reader, Loading.MatrixYamlReader.Get(root, "rules"), regions, teamIds, policyIds);
        foreach (var problem in Loading.RuleSetAnalyzer.Analyze(rules, regions))
        {
            reader.Add(problem);
        }

        if (reader.Problems.Count > 0 || arManager is null)
        {
            return new MatrixLoadResult(null, [.. reader.Problems.OrderBy(p => p.Line ?? int.MaxValue)]);
        }

        return new MatrixLoadResult(new ResolutionMatrix(arManager, [.. regions], calendars, policies, teams, rules), []);
    }

    private static HashSet<string> ReadRegions(Loading.MatrixYamlReader reader, YamlMappingNode root)
    {
        var regions = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (value, node) in reader.TextList(root, "regions", "regions", null) ?? [])
        {
            if (!regions.Add(value.ToUpperInvariant()))
            {
                reader.Problem("regions", null, node, $"region '{value}' is listed twice");
            }
        }

        return regions;
    }

    private static MatrixLoadResult Failed(MatrixProblem problem) => new(null, [problem]);
}
