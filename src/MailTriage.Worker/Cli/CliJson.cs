using System.Text.Json;
using System.Text.Json.Serialization;
using MailTriage.Routing.Disputes;
using NodaTime;
using NodaTime.Text;

namespace MailTriage.Worker.Cli;

/// <summary>JSON for `--json`: camelCase, enums by name, instants as ISO-8601 UTC, case numbers as strings.</summary>
internal static class CliJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Converters = { new JsonStringEnumConverter(), new InstantConverter(), new DisputeIdConverter() },
    };

    public static void Print<T>(T value) => Console.Out.WriteLine(JsonSerializer.Serialize(value, Options));

    private sealed class InstantConverter : JsonConverter<Instant>
    {
        public override Instant Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            InstantPattern.ExtendedIso.Parse(reader.GetString() ?? "").GetValueOrThrow();

        public override void Write(Utf8JsonWriter writer, Instant value, JsonSerializerOptions options) =>
            writer.WriteStringValue(InstantPattern.ExtendedIso.Format(value));
    }

    private sealed class DisputeIdConverter : JsonConverter<DisputeId>
    {
        public override DisputeId Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => new(reader.GetString() ?? "");

        public override void Write(Utf8JsonWriter writer, DisputeId value, JsonSerializerOptions options) => writer.WriteStringValue(value.Value);
    }
}
