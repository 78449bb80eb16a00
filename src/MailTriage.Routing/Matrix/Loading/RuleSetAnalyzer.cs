using MailTriage.Routing.Disputes;

namespace MailTriage.Routing.Matrix.Loading;

/// <summary>
/// Checks the rows against each other: a catch-all exists, no two equally specific rows can both match one dispute
/// (the winner would be arbitrary), and no row is entirely shadowed by more specific rows (an edit that does nothing).
/// </summary>
internal static class RuleSetAnalyzer
{
    private const string Section = "rules";

    public static IEnumerable<MatrixProblem> Analyze(IReadOnlyList<ResolutionRule> rules, IReadOnlyCollection<string> regions)
    {
        if (!rules.Any(r => r.IsCatchAll))
        {
            yield return new MatrixProblem(Section, null, null,
                "there is no catch-all row (a row with only team, sla and priority); a dispute that matches no row would have nowhere to go");
        }

        for (var i = 0; i < rules.Count; i++)
        {
            for (var j = i + 1; j < rules.Count; j++)
            {
                if (rules[i].Dimensions == rules[j].Dimensions && Overlap(rules[i], rules[j]) is { } example)
                {
                    yield return new MatrixProblem(Section, rules[j].Row, rules[j].Line,
                        $"overlaps rule {rules[i].Row} (line {rules[i].Line}) with equal specificity ({Dimensions(rules[i])}): both match {example}, so which one wins would be arbitrary; narrow one of them or add a more specific row");
                }
            }
        }

        // The catch-all is the required safety net; it may be fully covered today and needed after the next edit.
        foreach (var rule in rules.Where(r => !r.IsCatchAll))
        {
            if (ShadowedBy(rule, rules, regions) is { } shadows)
            {
                yield return new MatrixProblem(Section, rule.Row, rule.Line,
                    $"is unreachable: every dispute it matches is taken by more specific rule(s) {string.Join(", ", shadows)}; remove it or narrow those");
            }
        }
    }

    private static string Dimensions(ResolutionRule rule) =>
        rule.Dimensions == RuleDimensions.None ? "catch-all" : rule.Dimensions.ToString().ToLowerInvariant().Replace(", ", " + ", StringComparison.Ordinal);

    /// <summary>A description of a dispute both rows match, or null when they are disjoint.</summary>
    private static string? Overlap(ResolutionRule a, ResolutionRule b)
    {
        var parts = new List<string>();
        if (a.Customers is not null && b.Customers is not null)
        {
            if (!a.Customers.Overlaps(b.Customers))
            {
                return null;
            }

            parts.Add("the same customer");
        }

        if (a.Reasons is not null && b.Reasons is not null)
        {
            var common = a.Reasons.Intersect(b.Reasons).Order(StringComparer.Ordinal).ToList();
            if (common.Count == 0)
            {
                return null;
            }

            parts.Add($"reason {string.Join("/", common)}");
        }

        if (a.Regions is not null && b.Regions is not null)
        {
            var common = a.Regions.Intersect(b.Regions).Order(StringComparer.Ordinal).ToList();
            if (common.Count == 0)
            {
                return null;
            }

            parts.Add($"region {string.Join("/", common)}");
        }

        if (a.Amount is not null && b.Amount is not null)
        {
            if (!a.Amount.Overlaps(b.Amount))
            {
                return null;
            }

            var from = Math.Max(a.Amount.From, b.Amount.From);
            var below = Min(a.Amount.Below, b.Amount.Below);
            parts.Add($"amounts {new AmountBand(from, below)}");
        }

        return parts.Count == 0 ? "every dispute" : string.Join(", ", parts) + " disputes";
    }

    /// <summary>The rows that together take every dispute <paramref name="rule"/> matches, or null if some dispute still reaches it.</summary>
    private static IReadOnlyList<int>? ShadowedBy(ResolutionRule rule, IReadOnlyList<ResolutionRule> rules, IReadOnlyCollection<string> regions)
    {
        var stronger = rules.Where(r => r.Specificity > rule.Specificity).ToList();
        if (stronger.Count == 0)
        {
            return null;
        }

        // The region "null" stands for a dispute whose region is unknown or undeclared: only region-free rows take it.
        IEnumerable<string?> regionDomain = rule.Regions is not null ? rule.Regions : [.. regions, null];
        var reasonDomain = rule.Reasons ?? (IEnumerable<string>)DisputeReasonCodes.All;

        // Without customers, the row also serves every customer no row names; only customer-free rows take those.
        IEnumerable<(string? Account, string? Domain)> customerDomain = rule.Customers?.Atoms() ?? [(null, null)];

        var used = new SortedSet<int>();
        foreach (var reason in reasonDomain)
        {
            foreach (var region in regionDomain)
            {
                foreach (var customer in customerDomain)
                {
                    var covering = stronger.Where(r =>
                        (r.Reasons is null || r.Reasons.Contains(reason))
                        && (r.Regions is null || (region is not null && r.Regions.Contains(region)))
                        && (r.Customers is null || (customer != (null, null) && r.Customers.Matches(customer.Account, customer.Domain))))
                        .ToList();
                    if (!AmountsCovered(rule.Amount, covering, used))
                    {
                        return null;
                    }
                }
            }
        }

        return [.. used];
    }

    private static bool AmountsCovered(AmountBand? band, List<ResolutionRule> covering, SortedSet<int> used)
    {
        if (covering.FirstOrDefault(r => r.Amount is null) is { } whole)
        {
            used.Add(whole.Row);
            return true;
        }

        // A row without a band also takes disputes with no amount, which no band covers.
        if (band is null)
        {
            return false;
        }

        var reached = band.From;
        var end = band.Below ?? decimal.MaxValue;
        foreach (var r in covering.OrderBy(r => r.Amount!.From))
        {
            if (r.Amount!.From > reached)
            {
                return false;
            }

            var upTo = r.Amount.Below ?? decimal.MaxValue;
            if (upTo > reached)
            {
                used.Add(r.Row);
                reached = upTo;
            }

            if (reached >= end)
            {
                return true;
            }
        }

        return false;
    }

    private static decimal? Min(decimal? a, decimal? b) => a is null ? b : b is null ? a : Math.Min(a.Value, b.Value);
}
