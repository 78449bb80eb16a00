using System.Text;
using MailTriage.Classifier.Intent;

namespace MailTriage.Classifier.Tests.Intent;

public sealed class CueLexiconTests
{
    [Theory]
    [InlineData("We will pay invoice 4411 next Friday", "cue_promise")]
    [InlineData("Solicitamos la DEVOLUCIÓN del pago duplicado", "cue_refund")]
    [InlineData("Please apply CM-2291 against the open invoice", "cue_tieoff")]
    [InlineData("I am out of the office until Monday", "cue_away")]
    [InlineData("No estamos de acuerdo con el precio facturado", "cue_dispute")]
    public void AppendCues_PhraseInEitherLanguage_AddsItsCueToken(string text, string cue)
    {
        var sb = new StringBuilder();

        CueLexicon.AppendCues(text, sb);

        Assert.Contains(cue, sb.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public void AppendCues_OneGroupMatchedTwice_AddsItsTokenOnce()
    {
        var sb = new StringBuilder();

        CueLexicon.AppendCues("refund please, we need a refund, reembolso", sb);

        Assert.Equal(1, sb.ToString().Split(' ').Count(t => t == "cue_refund"));
    }

    [Fact]
    public void Fold_AccentsAndCase_AreRemoved()
    {
        Assert.Equal("devolucion atencion", CueLexicon.Fold("DEVOLUCIÓN Atención"));
    }
}
