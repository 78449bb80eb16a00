using System.Globalization;
using System.Text.Json;

namespace MailTriage.GraphEmulator.Http;

/// <summary>A Graph response, written either to HTTP or into a <c>$batch</c> response entry.</summary>
internal sealed record GraphResponse(int Status, IReadOnlyDictionary<string, string> Headers, byte[]? Body)
{
    public static GraphResponse Json(int status, Action<Utf8JsonWriter> write, IReadOnlyDictionary<string, string>? headers = null)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            write(writer);
        }

        var all = new Dictionary<string, string>(headers ?? new Dictionary<string, string>(), StringComparer.OrdinalIgnoreCase)
        {
            ["Content-Type"] = "application/json; odata.metadata=minimal; odata.streaming=true; IEEE754Compatible=false; charset=utf-8",
        };
        return new GraphResponse(status, all, buffer.ToArray());
    }

    public static GraphResponse Empty(int status) => new(status, new Dictionary<string, string>(), null);

    /// <summary>Graph's error envelope: <c>{"error":{"code","message","innerError":{...}}}</c>.</summary>
    public static GraphResponse Error(int status, string code, string message, TimeSpan? retryAfter = null)
    {
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        if (retryAfter is { } wait)
        {
            headers["Retry-After"] = ((int)Math.Ceiling(wait.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
        }

        return Json(status, w =>
        {
            w.WriteStartObject();
            w.WriteStartObject("error");
            w.WriteString("code", code);
            w.WriteString("message", message);
            w.WriteStartObject("innerError");
            w.WriteString("request-id", Guid.NewGuid().ToString());
            w.WriteEndObject();
            w.WriteEndObject();
            w.WriteEndObject();
        }, headers);
    }

    public static GraphResponse NotFound(string what = "The specified object was not found in the store.") =>
        Error(404, "ErrorItemNotFound", what);

    public static GraphResponse BadRequest(string message) => Error(400, "BadRequest", message);
}
