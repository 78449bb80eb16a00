namespace MailTriage.Routing.Matrix;

/// <summary>
/// What a row constrains. The numeric value is its specificity: when several rows match, the highest wins, so a
/// customer row beats any row without a customer, then reason beats region, and region beats amount band.
/// </summary>
[Flags]
public enum RuleDimensions
{
    None = 0,
    Amount = 1,
    Region = 2,
    Reason = 4,
    Customer = 8,
}
