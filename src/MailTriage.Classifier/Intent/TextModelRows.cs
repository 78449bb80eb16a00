using Microsoft.ML.Data;

namespace MailTriage.Classifier.Intent;

/// <summary>The schema both text models are trained and served with.</summary>
public sealed class TextModelInput
{
    public string Text { get; set; } = "";
    public string Label { get; set; } = "";
    public string Group { get; set; } = "";
}

public sealed class TextModelOutput
{
    [ColumnName("PredictedLabel")]
    public string PredictedLabel { get; set; } = "";

    [ColumnName("Score")]
    public float[] Score { get; set; } = [];
}
