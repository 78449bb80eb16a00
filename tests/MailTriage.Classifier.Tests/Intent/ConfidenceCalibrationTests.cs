using MailTriage.Classifier.Intent;

namespace MailTriage.Classifier.Tests.Intent;

public sealed class ConfidenceCalibrationTests
{
    [Fact]
    public void Choose_WrongAnswersAtLowConfidence_PutsTheThresholdAboveThem()
    {
        OutOfFoldPrediction[] heldOut =
        [
            new("a", "a", 0.95f, "g1"), new("a", "a", 0.90f, "g2"), new("b", "b", 0.80f, "g3"),
            new("b", "b", 0.70f, "g4"), new("a", "b", 0.40f, "g5"), new("b", "a", 0.30f, "g6"),
        ];

        var result = ConfidenceCalibration.Choose(heldOut, targetPrecision: 0.95);

        Assert.Equal(0.70f, result.Threshold);
        Assert.Equal(1.0, result.PrecisionAbove);
        Assert.Equal(4 / 6.0, result.Coverage, 6);
    }

    [Fact]
    public void Choose_PrecisionNeverReached_KeepsOnlyTheMostConfident()
    {
        OutOfFoldPrediction[] heldOut = [new("a", "b", 0.9f, "g1"), new("a", "b", 0.8f, "g2")];

        var result = ConfidenceCalibration.Choose(heldOut, targetPrecision: 0.95);

        Assert.Equal(1f, result.Threshold);
        Assert.Equal(0, result.Coverage);
    }
}
