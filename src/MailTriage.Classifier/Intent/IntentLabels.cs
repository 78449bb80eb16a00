namespace MailTriage.Classifier.Intent;

/// <summary>The label strings are part of the CLI contract (gold.jsonl field values); keep them exactly.</summary>
public static class IntentLabels
{
    public const string RemittanceAdvice = "remittance_advice";
    public const string Dispute = "dispute";
    public const string TieOffRequest = "tie_off_request";
    public const string PurchaseOrder = "purchase_order";
    public const string RefundRequest = "refund_request";
    public const string PaymentPromise = "payment_promise";
    public const string InvoiceRequest = "invoice_request";
    public const string Other = "other";

    public static readonly IReadOnlyList<string> All =
    [
        RemittanceAdvice, Dispute, TieOffRequest, PurchaseOrder,
        RefundRequest, PaymentPromise, InvoiceRequest, Other,
    ];
}

public static class DisputeReasons
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

    public static readonly IReadOnlyList<string> All =
    [
        Pricing, QuantityShortage, DamagedOrDefective, DuplicateBilling, Tax,
        Freight, NotReceived, PromotionAllowance, ContractTerms, Other,
    ];
}
