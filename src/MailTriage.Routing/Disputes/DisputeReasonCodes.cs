namespace MailTriage.Routing.Disputes;

/// <summary>
/// The dispute reasons the matrix may name. Routing keeps its own copy instead of referencing the classifier:
/// the matrix is validated against this list, and the classifier's labels must stay equal to it (a test pins both).
/// </summary>
public static class DisputeReasonCodes
{
    public const string Pricing = "pricing";
    public const string QuantityShortage = "quantity_shortage";
    public const string DamagedOrDefective = "damaged_or_defective";
    public const string DuplicateBilling = "duplicate_billing";
    public const string Tax = "tax";
    public const string Freight = "freight";
    public const string NotReceived = "not_received";
    public const string PromotionAllowance = "promotion_allowance";
    public const string ContractTerms = "contract_terms";
    public const string Other = "other";

    public static IReadOnlyList<string> All { get; } =
    [
        Pricing, QuantityShortage, DamagedOrDefective, DuplicateBilling, Tax,
        Freight, NotReceived, PromotionAllowance, ContractTerms, Other,
    ];

    private static readonly HashSet<string> Known = new(All, StringComparer.Ordinal);

    public static bool IsKnown(string? reason) => reason is not null && Known.Contains(reason);

    /// <summary>Unknown or missing reasons route as <see cref="Other"/>: an unsure classifier must not drop a dispute.</summary>
    public static string Normalise(string? reason)
    {
        var trimmed = reason?.Trim().ToLowerInvariant();
        return IsKnown(trimmed) ? trimmed! : Other;
    }
}
