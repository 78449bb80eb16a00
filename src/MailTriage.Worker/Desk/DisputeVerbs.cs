using MailTriage.Routing.Disputes;

namespace MailTriage.Worker.Desk;

/// <summary>
/// The names people type and click for dispute actions ("await-customer", "resolve-valid"), mapped to the state
/// machine's triggers. Customer mail is recorded by the pipeline only, so it is never offered to a person.
/// </summary>
public static class DisputeVerbs
{
    private static readonly Dictionary<DisputeAction, string> Names = new()
    {
        [DisputeAction.Assign] = "assign",
        [DisputeAction.Reassign] = "reassign",
        [DisputeAction.Start] = "start",
        [DisputeAction.AwaitCustomer] = "await-customer",
        [DisputeAction.AwaitInternal] = "await-internal",
        [DisputeAction.Resume] = "resume",
        [DisputeAction.RecordOwnerResponse] = "respond",
        [DisputeAction.ResolveValid] = "resolve-valid",
        [DisputeAction.ResolveInvalid] = "resolve-invalid",
        [DisputeAction.RecordCreditMemo] = "credit-memo",
        [DisputeAction.Close] = "close",
        [DisputeAction.Reopen] = "reopen",
        [DisputeAction.Escalate] = "escalate",
    };

    public static IReadOnlyList<string> All => [.. Names.Values];

    public static string Name(DisputeAction action) => Names.TryGetValue(action, out var name) ? name : action.ToString().ToLowerInvariant();

    public static bool TryParse(string? verb, out DisputeAction action)
    {
        var wanted = (verb ?? "").Trim().Replace("_", "-", StringComparison.Ordinal);
        foreach (var (a, name) in Names)
        {
            if (string.Equals(name, wanted, StringComparison.OrdinalIgnoreCase) || string.Equals(a.ToString(), wanted, StringComparison.OrdinalIgnoreCase))
            {
                action = a;
                return true;
            }
        }

        action = default;
        return false;
    }

    /// <summary>Actions a person may take now, in the order the enum lists them.</summary>
    public static IReadOnlyList<DisputeAction> HumanActions(IEnumerable<DisputeAction> permitted) =>
        [.. permitted.Where(Names.ContainsKey)];

    /// <summary>True when the action needs an owner (assign, reassign) rather than only a note.</summary>
    public static bool NeedsOwner(DisputeAction action) => action is DisputeAction.Assign or DisputeAction.Reassign;
}
