namespace MailTriage.Routing.Disputes;

/// <summary>A dispute's case number as people quote it in mail ("DSP-000123").</summary>
public readonly record struct DisputeId
{
    public DisputeId(string value)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(value);
        Value = value;
    }

    public string Value { get; }

    public override string ToString() => Value;

    public static DisputeId FromSequence(long number) =>
        new(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"DSP-{number:000000}"));
}
