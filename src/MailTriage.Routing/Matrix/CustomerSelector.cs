namespace MailTriage.Routing.Matrix;

/// <summary>
/// The customers a row is for: account numbers from the ERP and/or mail domains (a domain also covers its
/// subdomains). An account and a domain are never assumed to be the same customer.
/// </summary>
public sealed record CustomerSelector(IReadOnlySet<string> Accounts, IReadOnlySet<string> Domains)
{
    public bool Matches(string? account, string? domain) =>
        (account is not null && Accounts.Contains(account.Trim()))
        || (domain is not null && Domains.Any(d => DomainCovers(d, domain.Trim().ToLowerInvariant())));

    public bool Overlaps(CustomerSelector other) =>
        Accounts.Overlaps(other.Accounts)
        || Domains.Any(d => other.Domains.Any(o => DomainCovers(d, o) || DomainCovers(o, d)));

    /// <summary>Each account and domain on its own: the units the reachability check reasons about.</summary>
    public IEnumerable<(string? Account, string? Domain)> Atoms() =>
        Accounts.Select(a => ((string?)a, (string?)null)).Concat(Domains.Select(d => ((string?)null, (string?)d)));

    public override string ToString() => string.Join(", ", Accounts.Concat(Domains));

    internal static bool DomainCovers(string parent, string domain) =>
        domain == parent || domain.EndsWith("." + parent, StringComparison.Ordinal);
}
