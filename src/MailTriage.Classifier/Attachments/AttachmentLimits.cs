namespace MailTriage.Classifier.Attachments;

/// <summary>Caps that keep a giant spreadsheet from dominating the read path; remittances are a few hundred rows.</summary>
public sealed record AttachmentLimits
{
    public int MaxRows { get; init; } = 5000;
    public int MaxColumns { get; init; } = 64;
    public int MaxCellLength { get; init; } = 256;
    public int MaxTables { get; init; } = 10;

    public static AttachmentLimits Default { get; } = new();
}
