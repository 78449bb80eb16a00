using System.Text.Json;
using MailTriage.Classifier.Intent;

namespace MailTriage.Worker.Training;

/// <summary>Reads every models/training/*.jsonl file, reporting each bad line with file and line number rather than stopping at the first.</summary>
public static class TrainingDataReader
{
    public static (IReadOnlyList<TrainingExample> Examples, IReadOnlyList<string> Problems) ReadFolder(string folder)
    {
        var examples = new List<TrainingExample>();
        var problems = new List<string>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var file in Directory.EnumerateFiles(folder, "*.jsonl", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var lineNo = 0;
            foreach (var line in File.ReadLines(file))
            {
                lineNo++;
                if (string.IsNullOrWhiteSpace(line))
                {
                    continue;
                }

                var where = $"{Path.GetFileName(file)}:{lineNo}";
                TrainingRecord? record;
                try
                {
                    record = JsonSerializer.Deserialize(line, WorkerJsonContext.Default.TrainingRecord);
                }
                catch (JsonException ex)
                {
                    problems.Add($"{where}: not valid JSON ({ex.Message})");
                    continue;
                }

                if (Validate(record, where, problems, ids) is { } example)
                {
                    examples.Add(example);
                }
            }
        }

        return (examples, problems);
    }

    private static TrainingExample? Validate(TrainingRecord? r, string where, List<string> problems, HashSet<string> ids)
    {
        if (r is null || string.IsNullOrWhiteSpace(r.Id) || string.IsNullOrWhiteSpace(r.Label) || string.IsNullOrWhiteSpace(r.Body))
        {
            problems.Add($"{where}: id, label and body are required");
            return null;
        }

        if (!IntentLabels.All.Contains(r.Label))
        {
            problems.Add($"{where}: unknown label '{r.Label}'");
            return null;
        }

        if (r.Label == IntentLabels.Dispute && (r.DisputeReason is null || !DisputeReasons.All.Contains(r.DisputeReason)))
        {
            problems.Add($"{where}: a dispute needs one of the dispute reasons, got '{r.DisputeReason}'");
            return null;
        }

        if (!ids.Add(r.Id))
        {
            problems.Add($"{where}: duplicate id '{r.Id}'");
            return null;
        }

        return new TrainingExample
        {
            Id = r.Id,
            Group = string.IsNullOrWhiteSpace(r.Group) ? r.Id : r.Group,
            Language = r.Language ?? "en",
            Label = r.Label,
            DisputeReason = r.Label == IntentLabels.Dispute ? r.DisputeReason : null,
            Subject = r.Subject ?? "",
            From = r.From,
            Headers = r.Headers ?? [],
            Body = r.Body,
        };
    }
}
