using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using MailTriage.Worker.Training;

namespace MailTriage.Worker.Review;

/// <summary>
/// Writes review corrections as models/training-style JSON lines (see models/training/README.md), so a file in
/// models/training/ makes `mailtriage train` learn from them. Corrections without a body (Graph mail, or the .eml was
/// not found) cannot teach the text model and are skipped, and counted.
/// </summary>
public static class CorrectionTrainingExport
{
    private static readonly JsonSerializerOptions Lines = new(WorkerJsonContext.Default.Options) { WriteIndented = false };

    public static (int Written, int Skipped) Write(IEnumerable<ReviewCorrection> corrections, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        var written = 0;
        var skipped = 0;
        foreach (var c in corrections)
        {
            if (string.IsNullOrWhiteSpace(c.Body))
            {
                skipped++;
                continue;
            }

            writer.Write(JsonSerializer.Serialize(ToRecord(c), Lines));
            writer.Write('\n');
            written++;
        }

        return (written, skipped);
    }

    internal static TrainingRecord ToRecord(ReviewCorrection c) => new()
    {
        // Stable ids: exporting twice gives the same lines, and a duplicate id is reported by the training reader.
        Id = "review-" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(c.Id)))[..16],

        // Group by sender domain so grouped cross-validation never has one customer's mail on both sides.
        Group = "review-" + (c.SenderDomain ?? "unknown"),
        Language = c.Language ?? "en",
        Label = c.Label,
        DisputeReason = c.DisputeReason,
        Subject = c.Subject ?? "",
        From = c.From,
        Headers = [],
        Body = c.Body,
    };
}
