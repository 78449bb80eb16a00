using System.Globalization;

namespace MailTriage.Worker.Reports;

/// <summary>Disputed amounts summed per currency: USD and MXN are never added together.</summary>
public sealed record MoneyTotals(IReadOnlyDictionary<string, decimal> ByCurrency)
{
    public static MoneyTotals Empty { get; } = new(new Dictionary<string, decimal>());

    public static MoneyTotals Of(IEnumerable<DisputeRow> rows) =>
        new(rows.Where(r => r.Amount.HasValue)
            .GroupBy(r => r.Currency ?? "?", StringComparer.OrdinalIgnoreCase)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Sum(r => r.Amount!.Value), StringComparer.OrdinalIgnoreCase));

    public override string ToString() =>
        ByCurrency.Count == 0 ? "-" : string.Join("; ", ByCurrency.Select(p => Format(p.Value, p.Key)));

    public static string Format(decimal? amount, string? currency) =>
        amount is { } a ? string.Create(CultureInfo.InvariantCulture, $"{currency ?? "?"} {a:#,0.00}") : "-";
}
