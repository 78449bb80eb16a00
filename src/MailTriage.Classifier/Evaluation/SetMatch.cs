namespace MailTriage.Classifier.Evaluation;

/// <summary>Micro-averaged set matching for extracted fields (invoice numbers, amounts, remittance lines).</summary>
public sealed class SetMatch
{
    public int TruePositives { get; private set; }
    public int Predicted { get; private set; }
    public int Gold { get; private set; }

    public void Add<T>(IEnumerable<T> gold, IEnumerable<T> predicted)
    {
        var g = gold.ToHashSet();
        var p = predicted.ToHashSet();
        TruePositives += p.Count(g.Contains);
        Predicted += p.Count;
        Gold += g.Count;
    }

    public PrF Score => PrF.Of(TruePositives, Predicted, Gold);
}
