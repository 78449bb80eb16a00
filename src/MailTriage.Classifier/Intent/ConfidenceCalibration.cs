namespace MailTriage.Classifier.Intent;

/// <summary>
/// Chooses the needs-review threshold from held-out predictions: the lowest confidence at which the
/// predictions kept are right at least <c>targetPrecision</c> of the time. Maximum-entropy scores on sparse text
/// features are under-confident, so a fixed 0.5 would send most good predictions to review.
/// </summary>
public static class ConfidenceCalibration
{
    public static CalibrationResult Choose(IReadOnlyList<OutOfFoldPrediction> heldOut, double targetPrecision)
    {
        var ordered = heldOut.OrderByDescending(p => p.Confidence).ToArray();
        var threshold = 1f;
        var correct = 0;
        for (var i = 0; i < ordered.Length; i++)
        {
            if (ordered[i].Gold == ordered[i].Predicted)
            {
                correct++;
            }

            var precision = (double)correct / (i + 1);
            if (precision >= targetPrecision)
            {
                threshold = ordered[i].Confidence;
            }
        }

        var kept = ordered.Where(p => p.Confidence >= threshold).ToArray();
        var keptPrecision = kept.Length == 0 ? 0 : kept.Count(p => p.Gold == p.Predicted) / (double)kept.Length;
        var coverage = ordered.Length == 0 ? 0 : kept.Length / (double)ordered.Length;
        return new CalibrationResult(threshold, keptPrecision, coverage, targetPrecision);
    }
}

public sealed record CalibrationResult(float Threshold, double PrecisionAbove, double Coverage, double TargetPrecision);
