using System.Text.Json;
using System.Text.RegularExpressions;

namespace MailTriage.GraphEmulator.Http;

/// <summary>
/// A Graph request, whether it came over HTTP or as a <c>$batch</c> step, so both run through the same code.
/// Path segments are normalised: <c>mailFolders('inbox')</c> becomes two segments, <c>delta()</c> and
/// <c>microsoft.graph.delta()</c> become <c>delta</c>.
/// </summary>
internal sealed partial class GraphRequest
{
    public required string Method { get; init; }
    public required IReadOnlyList<string> Segments { get; init; }
    public required IReadOnlyDictionary<string, string> Query { get; init; }
    public required IReadOnlyDictionary<string, string> Headers { get; init; }
    public JsonElement? Body { get; init; }
    public bool InBatch { get; init; }

    public PreferHeader Prefer => PreferHeader.Parse(Headers.GetValueOrDefault("Prefer"));

    public ODataQuery OData => ODataQuery.From(Query);

    public static GraphRequest Create(string method, string pathAndQuery, IReadOnlyDictionary<string, string> headers, JsonElement? body, bool inBatch)
    {
        var q = pathAndQuery.IndexOf('?', StringComparison.Ordinal);
        var path = q < 0 ? pathAndQuery : pathAndQuery[..q];
        var query = q < 0 ? "" : pathAndQuery[(q + 1)..];
        return new GraphRequest
        {
            Method = method.ToUpperInvariant(),
            Segments = NormaliseSegments(path),
            Query = ParseQuery(query),
            Headers = headers,
            Body = body,
            InBatch = inBatch,
        };
    }

    private static List<string> NormaliseSegments(string path)
    {
        var segments = new List<string>();
        foreach (var raw in path.Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            var segment = Uri.UnescapeDataString(raw);
            if (segments.Count == 0 && (segment.Equals("v1.0", StringComparison.OrdinalIgnoreCase) || segment.Equals("beta", StringComparison.OrdinalIgnoreCase)))
            {
                continue;
            }

            var key = KeySegment().Match(segment);
            if (key.Success)
            {
                segments.Add(StripNamespace(key.Groups[1].Value));
                segments.Add(key.Groups[2].Value);
                continue;
            }

            segments.Add(StripNamespace(segment.EndsWith("()", StringComparison.Ordinal) ? segment[..^2] : segment));
        }

        return segments;
    }

    private static string StripNamespace(string segment) =>
        segment.StartsWith("microsoft.graph.", StringComparison.OrdinalIgnoreCase) ? segment["microsoft.graph.".Length..] : segment;

    private static Dictionary<string, string> ParseQuery(string query)
    {
        var result = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var pair in query.Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var eq = pair.IndexOf('=', StringComparison.Ordinal);
            var key = Unescape(eq < 0 ? pair : pair[..eq]);
            var value = eq < 0 ? "" : Unescape(pair[(eq + 1)..]);
            result[key] = value;
        }

        return result;
    }

    private static string Unescape(string value) => Uri.UnescapeDataString(value);

    [GeneratedRegex(@"^([A-Za-z.]+)\('([^']*)'\)$")]
    private static partial Regex KeySegment();
}
