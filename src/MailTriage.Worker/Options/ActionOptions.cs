using System.ComponentModel.DataAnnotations;

namespace MailTriage.Worker.Options;

/// <summary>What to do in the mailbox for each intent (section "Actions"). Every default is listed in docs/DEPLOY.md.</summary>
public sealed class ActionOptions
{
    public const string Section = "Actions";

    public Dictionary<string, IntentActionOptions> Intents { get; set; } = new(StringComparer.Ordinal)
    {
        ["remittance_advice"] = new() { Category = "AR/Remittance", MoveTo = "AR/Remittances", MarkRead = true },
        ["dispute"] = new() { Category = "AR/Dispute", MoveTo = "AR/Disputes" },
        ["tie_off_request"] = new() { Category = "AR/Tie-off", MoveTo = "AR/Tie-offs", FlagDueIn = TimeSpan.FromDays(2) },
        ["purchase_order"] = new() { Category = "AR/Purchase order", MoveTo = "AR/Purchase orders", FlagDueIn = TimeSpan.FromDays(1) },
        ["refund_request"] = new() { Category = "AR/Refund", MoveTo = "AR/Refunds", FlagDueIn = TimeSpan.FromDays(3) },
        ["payment_promise"] = new() { Category = "AR/Payment promise", MoveTo = "AR/Promises" },
        ["invoice_request"] = new() { Category = "AR/Invoice request", MoveTo = "AR/Invoice requests", FlagDueIn = TimeSpan.FromDays(1) },
        ["other"] = new() { Category = "AR/Other", MoveTo = "AR/Other", MarkRead = true },
    };

    [Required]
    public IntentActionOptions Review { get; set; } = new() { Category = "AR/Needs review", MoveTo = "AR/Review" };

    [Required]
    public IntentActionOptions Quarantine { get; set; } = new() { Category = "AR/Quarantine", MoveTo = "AR/Quarantine" };
}

public sealed class IntentActionOptions
{
    public string? Category { get; set; }
    public string? MoveTo { get; set; }

    /// <summary>Flag the message for follow-up this long after arrival (disputes use the SLA due time, promises the promised date).</summary>
    public TimeSpan? FlagDueIn { get; set; }

    public bool MarkRead { get; set; }
}
