using MailTriage.Classifier.Intent;

namespace MailTriage.Classifier.Tests.Intent;

public sealed class TextModelTrainerTests
{
    private static TextModelInput[] SmallCorpus()
    {
        // Four authors per intent, so grouped folds always hold out whole authors.
        string[][] paid = [["We paid invoice 100 by ACH today", "a1"], ["Payment sent by wire for both invoices", "a2"], ["Hemos realizado la transferencia de la factura", "a3"], ["Check mailed yesterday for the open balance", "a4"]];
        string[][] promise = [["We will pay invoice 100 next Friday", "b1"], ["Payment will go out in next week's check run", "b2"], ["Pagaremos la factura el 15 de diciembre", "b3"], ["Expect payment by end of month", "b4"]];
        string[][] refund = [["Please refund the duplicate payment", "c1"], ["We overpaid, send the money back", "c2"], ["Solicitamos la devolucion del saldo a favor", "c3"], ["Refund our credit balance please", "c4"]];
        return
        [
            .. paid.Select(p => new TextModelInput { Text = p[0], Label = "remittance_advice", Group = p[1] }),
            .. promise.Select(p => new TextModelInput { Text = p[0], Label = "payment_promise", Group = p[1] }),
            .. refund.Select(p => new TextModelInput { Text = p[0], Label = "refund_request", Group = p[1] }),
        ];
    }

    [Fact]
    public void Train_SameDataAndSeedTwice_ProducesIdenticalScores()
    {
        var first = TextModelTrainer.Train(SmallCorpus(), new TextModelSettings(), folds: 2, seed: 7);
        var second = TextModelTrainer.Train(SmallCorpus(), new TextModelSettings(), folds: 2, seed: 7);

        var a = first.Model.Predict("we will pay the invoice next week");
        var b = second.Model.Predict("we will pay the invoice next week");

        Assert.Equal(a.Ranked.Select(r => r.Key), b.Ranked.Select(r => r.Key));
        Assert.Equal(a.Ranked.Select(r => r.Value), b.Ranked.Select(r => r.Value));
        Assert.Equal(first.OutOfFold.Select(p => p.Predicted), second.OutOfFold.Select(p => p.Predicted));
    }

    [Fact]
    public void Train_GroupedFolds_PredictsEveryRowExactlyOnceOutOfFold()
    {
        var rows = SmallCorpus();

        var trained = TextModelTrainer.Train(rows, new TextModelSettings(), folds: 2, seed: 7);

        Assert.Equal(rows.Length, trained.OutOfFold.Count);
        Assert.Equal(rows.Select(r => r.Group).Order(StringComparer.Ordinal), trained.OutOfFold.Select(p => p.Group).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Predict_ClassNames_ComeFromTheScoreSlotsNotTheTrainingOrder()
    {
        var trained = TextModelTrainer.Train(SmallCorpus(), new TextModelSettings(), folds: 2, seed: 7);

        var scores = trained.Model.Predict("please refund the duplicate payment, send the money back");

        Assert.Equal("refund_request", scores.Top);
        Assert.Equal(3, scores.Ranked.Count);
        Assert.Equal(1f, scores.Ranked.Sum(r => r.Value), 3);
    }

    [Fact]
    public void SaveAndLoad_RoundTrip_KeepsPredictions()
    {
        var trained = TextModelTrainer.Train(SmallCorpus(), new TextModelSettings(), folds: 2, seed: 7);
        using var zip = new MemoryStream();
        trained.Model.Save(zip);
        zip.Position = 0;

        var loaded = TextModel.Load(zip);

        var text = "pagaremos la factura el viernes";
        Assert.Equal(trained.Model.Predict(text).Ranked.Select(r => r.Key), loaded.Predict(text).Ranked.Select(r => r.Key));
        Assert.Equal(trained.Model.Predict(text).TopScore, loaded.Predict(text).TopScore, 5);
    }
}
