namespace MailTriage.Worker.Reports;

/// <summary>One aging bucket: open disputes whose age in business days is in [<see cref="FromDays"/>, <see cref="ToDays"/>).</summary>
public sealed record AgingBucket(string Label, int FromDays, int? ToDays, int Count, int Overdue, MoneyTotals Amount);

/// <summary>Open disputes grouped by age in business days (their own calendar's working time, not wall-clock days).</summary>
public static class AgingReport
{
    /// <summary>Lower bounds of the buckets in business days; the last bucket is open-ended.</summary>
    public static IReadOnlyList<int> Bounds { get; } = [0, 2, 5, 10, 20];

    public static IReadOnlyList<AgingBucket> Build(IEnumerable<DisputeRow> rows)
    {
        var open = rows.Where(r => r.IsOpen).ToArray();
        var buckets = new List<AgingBucket>(Bounds.Count);
        for (var i = 0; i < Bounds.Count; i++)
        {
            var from = Bounds[i];
            int? to = i + 1 < Bounds.Count ? Bounds[i + 1] : null;
            var inBucket = open.Where(r => r.AgeBusinessDays >= from && (to is null || r.AgeBusinessDays < to)).ToArray();
            buckets.Add(new AgingBucket(Label(from, to), from, to, inBucket.Length, inBucket.Count(r => r.IsOverdue), MoneyTotals.Of(inBucket)));
        }

        return buckets;
    }

    public static string BucketOf(double ageBusinessDays)
    {
        for (var i = Bounds.Count - 1; i >= 0; i--)
        {
            if (ageBusinessDays >= Bounds[i])
            {
                return Label(Bounds[i], i + 1 < Bounds.Count ? Bounds[i + 1] : null);
            }
        }

        return Label(Bounds[0], Bounds[1]);
    }

    private static string Label(int from, int? to) => to is { } t ? $"{from}-{t - 1} business days" : $"{from}+ business days";
}
