using System.Text.Json.Serialization;
using MailTriage.Classifier.Evaluation;
using MailTriage.Classifier.Triage;
using MailTriage.Worker.Cli;
using MailTriage.Worker.Training;

namespace MailTriage.Worker;

[JsonSourceGenerationOptions(WriteIndented = true, PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(ModelCard))]
[JsonSerializable(typeof(TrainingRecord))]
internal sealed partial class WorkerJsonContext : JsonSerializerContext;

/// <summary>The CLI's JSON-lines contract uses gold.jsonl's snake_case names and keeps nulls.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower, DefaultIgnoreCondition = JsonIgnoreCondition.Never)]
[JsonSerializable(typeof(ClassifyJsonLine))]
[JsonSerializable(typeof(ClassifyErrorLine))]
[JsonSerializable(typeof(GoldRecord))]
internal sealed partial class ContractJsonContext : JsonSerializerContext;
