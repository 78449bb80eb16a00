using MailTriage.Classifier.Evaluation;

namespace MailTriage.Classifier.Tests.Evaluation;

public sealed class ClassificationMetricsTests
{
    [Fact]
    public void MacroF1_TwoClassesOneMistake_AveragesPerClassF1()
    {
        var metrics = new ClassificationMetrics([("a", "a"), ("a", "b"), ("b", "b"), ("b", "b")]);

        // a: P=1, R=0.5, F1=0.667; b: P=2/3, R=1, F1=0.8
        Assert.Equal(0.75, metrics.Accuracy);
        Assert.Equal((2 / 3.0 + 0.8) / 2, metrics.MacroF1, 6);
        Assert.Equal(1, metrics.Confusion("a", "b"));
    }

    [Fact]
    public void SetMatch_PartialOverlap_ScoresMicroPrecisionAndRecall()
    {
        var match = new SetMatch();
        match.Add(["INV-1", "INV-2"], ["INV-1", "INV-9", "INV-8"]);
        match.Add(Array.Empty<string>(), Array.Empty<string>());

        Assert.Equal(1 / 3.0, match.Score.Precision, 6);
        Assert.Equal(0.5, match.Score.Recall, 6);
    }

    [Fact]
    public void PrF_NothingExpectedNothingFound_IsPerfectAgreement()
    {
        Assert.Equal(1, PrF.Of(0, 0, 0).F1);
    }
}
