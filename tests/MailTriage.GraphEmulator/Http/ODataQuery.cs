using System.Globalization;
using System.Text.RegularExpressions;

namespace MailTriage.GraphEmulator.Http;

/// <summary>The OData query options the emulator understands: $select, $expand, $top, $skip and two $filter shapes.</summary>
internal sealed partial record ODataQuery(
    IReadOnlySet<string>? Select,
    string? SelectText,
    bool ExpandAttachments,
    int? Top,
    int Skip,
    string? DisplayNameEquals,
    DateTimeOffset? ReceivedSince,
    string? SkipToken,
    string? DeltaToken)
{
    public static ODataQuery From(IReadOnlyDictionary<string, string> query)
    {
        var selectText = query.GetValueOrDefault("$select");
        var select = string.IsNullOrWhiteSpace(selectText)
            ? null
            : selectText.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var expand = query.GetValueOrDefault("$expand") ?? "";
        var filter = query.GetValueOrDefault("$filter") ?? "";
        var name = DisplayNameFilter().Match(filter);
        var since = ReceivedFilter().Match(filter);
        return new ODataQuery(
            select,
            selectText,
            expand.Split(',').Any(e => e.Trim().StartsWith("attachments", StringComparison.OrdinalIgnoreCase)),
            int.TryParse(query.GetValueOrDefault("$top"), out var top) ? top : null,
            int.TryParse(query.GetValueOrDefault("$skip"), out var skip) ? skip : 0,
            name.Success ? name.Groups[1].Value.Replace("''", "'", StringComparison.Ordinal) : null,
            since.Success ? DateTimeOffset.Parse(since.Groups[1].Value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal) : null,
            query.GetValueOrDefault("$skiptoken"),
            query.GetValueOrDefault("$deltatoken"));
    }

    [GeneratedRegex(@"^\s*displayName\s+eq\s+'((?:[^']|'')*)'\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex DisplayNameFilter();

    [GeneratedRegex(@"^\s*receivedDateTime\s+ge\s+([0-9TZ:.+\-]+)\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex ReceivedFilter();
}
