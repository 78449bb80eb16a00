namespace MailTriage.Classifier.Extraction.Scanning;

/// <summary>What a table column holds, read from its header cell.</summary>
internal enum ColumnKind
{
    None,
    Invoice,
    Po,
    Exclude,
    Amount,

    /// <summary>The amount actually paid for the row: what a remittance line reports.</summary>
    Paid,
    Deduction,
    Date,
    Currency,
}
