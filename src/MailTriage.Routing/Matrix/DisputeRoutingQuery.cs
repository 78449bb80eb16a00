namespace MailTriage.Routing.Matrix;

/// <summary>What the matrix needs to know about a dispute to route it.</summary>
/// <param name="Reason">A dispute reason code; unknown or missing routes as "other".</param>
/// <param name="Region">Business unit / region from the mailbox or customer; one not declared in the matrix matches only rows without regions.</param>
public sealed record DisputeRoutingQuery(string? Reason, string? Region, decimal? Amount, string? CustomerAccount, string? CustomerDomain);
