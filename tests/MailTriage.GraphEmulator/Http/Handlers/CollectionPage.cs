using System.Text.Json;

namespace MailTriage.GraphEmulator.Http.Handlers;

/// <summary>Writes a <c>{"value":[…], "@odata.nextLink"}</c> page using $top (default <paramref name="defaultTop"/>) and $skip.</summary>
internal static class CollectionPage
{
    public static GraphResponse Write<T>(EmulatorState s, GraphRequest r, IReadOnlyList<T> items, int defaultTop, Action<Utf8JsonWriter, T> write)
    {
        var q = r.OData;
        var top = Math.Clamp(q.Top ?? defaultTop, 1, 1000);
        var page = items.Skip(q.Skip).Take(top).ToList();
        var more = q.Skip + page.Count < items.Count;
        return GraphResponse.Json(200, w =>
        {
            w.WriteStartObject();
            w.WriteStartArray("value");
            foreach (var item in page)
            {
                write(w, item);
            }

            w.WriteEndArray();
            if (more)
            {
                var query = r.Query
                    .Where(kv => !kv.Key.Equals("$skip", StringComparison.OrdinalIgnoreCase) && !kv.Key.Equals("$top", StringComparison.OrdinalIgnoreCase))
                    .Select(kv => $"{Uri.EscapeDataString(kv.Key)}={Uri.EscapeDataString(kv.Value)}")
                    .Append($"$top={top}")
                    .Append($"$skip={q.Skip + page.Count}");
                var path = string.Join('/', r.Segments.Select(Uri.EscapeDataString));
                w.WriteString("@odata.nextLink", $"{s.BaseUrl}/{path}?{string.Join('&', query)}");
            }

            w.WriteEndObject();
        });
    }
}
