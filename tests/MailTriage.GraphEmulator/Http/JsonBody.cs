using System.Text.Json;

namespace MailTriage.GraphEmulator.Http;

/// <summary>
/// Case-insensitive reads from request bodies: Graph accepts <c>DestinationId</c> as well as <c>destinationId</c>,
/// and the .NET SDK sends action parameters in PascalCase.
/// </summary>
internal static class JsonBody
{
    public static JsonElement? Get(this JsonElement element, string name)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        foreach (var property in element.EnumerateObject())
        {
            if (property.Name.Equals(name, StringComparison.OrdinalIgnoreCase))
            {
                return property.Value.ValueKind == JsonValueKind.Null ? null : property.Value;
            }
        }

        return null;
    }

    public static string? GetString(this JsonElement element, string name) =>
        element.Get(name) is { ValueKind: JsonValueKind.String } value ? value.GetString() : null;

    public static IEnumerable<JsonElement> GetArray(this JsonElement element, string name) =>
        element.Get(name) is { ValueKind: JsonValueKind.Array } value ? value.EnumerateArray() : [];

    /// <summary>Reads <c>[{"emailAddress":{"address":"…"}}]</c> recipient lists.</summary>
    public static List<string> GetAddresses(this JsonElement element, string name) =>
        element.GetArray(name)
            .Select(r => r.Get("emailAddress")?.GetString("address"))
            .OfType<string>()
            .ToList();
}
