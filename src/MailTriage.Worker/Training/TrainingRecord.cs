using System.Text.Json.Serialization;

namespace MailTriage.Worker.Training;

/// <summary>One line of models/training/*.jsonl, as documented in models/training/README.md.</summary>
internal sealed record TrainingRecord
{
    public string? Id { get; init; }
    public string? Group { get; init; }
    public string? Language { get; init; }
    public string? Label { get; init; }

    [JsonPropertyName("dispute_reason")]
    public string? DisputeReason { get; init; }

    public string? Subject { get; init; }
    public string? From { get; init; }
    public Dictionary<string, string>? Headers { get; init; }
    public string? Body { get; init; }
}
