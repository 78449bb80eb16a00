using MailTriage.Routing.Disputes;

namespace MailTriage.Routing.Matrix;

/// <summary>One row of the resolution matrix. Null dimensions match anything.</summary>
/// <param name="Row">1-based position in the file's rules list, as problems and decisions quote it.</param>
/// <param name="Line">Line in the file where the row starts.</param>
public sealed record ResolutionRule(
    int Row,
    int Line,
    IReadOnlySet<string>? Reasons,
    IReadOnlySet<string>? Regions,
    AmountBand? Amount,
    CustomerSelector? Customers,
    string TeamId,
    string SlaPolicyId,
    DisputePriority Priority,
    string? Note)
{
    public RuleDimensions Dimensions =>
        (Reasons is null ? 0 : RuleDimensions.Reason)
        | (Regions is null ? 0 : RuleDimensions.Region)
        | (Amount is null ? 0 : RuleDimensions.Amount)
        | (Customers is null ? 0 : RuleDimensions.Customer);

    public int Specificity => (int)Dimensions;

    public bool IsCatchAll => Dimensions == RuleDimensions.None;

    public bool Matches(string reason, string? region, decimal? amount, string? account, string? domain) =>
        (Reasons is null || Reasons.Contains(reason))
        && (Regions is null || (region is not null && Regions.Contains(region)))
        && (Amount is null || Amount.Contains(amount))
        && (Customers is null || Customers.Matches(account, domain));

    public string Describe()
    {
        var parts = new List<string>();
        if (Customers is not null)
        {
            parts.Add($"customer {Customers}");
        }

        if (Reasons is not null)
        {
            parts.Add($"reason {string.Join("/", Reasons)}");
        }

        if (Regions is not null)
        {
            parts.Add($"region {string.Join("/", Regions)}");
        }

        if (Amount is not null)
        {
            parts.Add($"amount {Amount}");
        }

        return parts.Count == 0 ? "catch-all" : string.Join(", ", parts);
    }
}
