namespace MailTriage.GraphEmulator.Http;

/// <summary>
/// The <c>Prefer</c> preferences Graph mail honours. Preferences are comma-separated (RFC 7240); a malformed list,
/// such as two values glued together without a comma, is not recognised, exactly as a strict server would not.
/// </summary>
internal sealed record PreferHeader(bool ImmutableId, int? MaxPageSize)
{
    public static PreferHeader Parse(string? header)
    {
        var immutable = false;
        int? pageSize = null;
        foreach (var raw in (header ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var parts = raw.Split('=', 2, StringSplitOptions.TrimEntries);
            var value = parts.Length == 2 ? parts[1].Trim('"') : "";
            if (parts[0].Equals("IdType", StringComparison.OrdinalIgnoreCase) && value.Equals("ImmutableId", StringComparison.OrdinalIgnoreCase))
            {
                immutable = true;
            }
            else if (parts[0].Equals("odata.maxpagesize", StringComparison.OrdinalIgnoreCase) && int.TryParse(value, out var n) && n > 0)
            {
                pageSize = n;
            }
        }

        return new PreferHeader(immutable, pageSize);
    }
}
