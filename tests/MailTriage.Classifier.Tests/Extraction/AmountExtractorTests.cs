using MailTriage.Classifier.Messages;
using static MailTriage.Classifier.Tests.TestData.Normalised;

namespace MailTriage.Classifier.Tests.Extraction;

public sealed class AmountExtractorTests
{
    [Theory]
    [InlineData("We paid $1,234.56 today.", "1234.56 USD")]
    [InlineData("Please remit USD 48,200 by wire.", "48200.00 USD")]
    [InlineData("The total was 19,104.00 USD last week.", "19104.00 USD")]
    [InlineData("Le informamos del abono de 1.234,56 € en su cuenta.", "1234.56 EUR")]
    [InlineData("Les transferimos EUR 2.500,00 hoy.", "2500.00 EUR")]
    [InlineData("Pagamos $12,500.00 MXN por transferencia.", "12500.00 MXN")]
    [InlineData("Anticipo de $150,000.00 M.N. recibido.", "150000.00 MXN")]
    [InlineData("El saldo es de COP 12.450.000 al corte.", "12450000.00 COP")]
    [InlineData("Total pagado MXN $48,215.00 hoy.", "48215.00 MXN")]
    [InlineData("Can we settle the 3.5k balance this week?", "3500.00 null")]
    [InlineData("We can pay $3.5k now.", "3500.00 USD")]
    [InlineData("The fee is US$ 75.00 per month.", "75.00 USD")]
    [InlineData("Son 2 mil pesos mexicanos de diferencia.", "2000.00 MXN")]
    [InlineData("Le réglement de 1 234,56 € est parti.", "1234.56 EUR")]
    public void Extract_CurrencyForms_ReadValueAndCode(string text, string expected)
    {
        Assert.Equal([expected], Amounts(Extract(text)));
    }

    [Fact]
    public void Extract_DollarInEnglishMail_IsUsd()
    {
        Assert.Equal(["2650.00 USD"], Amounts(Extract("sending the $2,650 wire tomorrow")));
    }

    [Fact]
    public void Extract_DollarInMexicanSpanishMail_IsMxn()
    {
        Assert.Equal(["8500.00 MXN"], Amounts(Extract("Hola, la factura es por $8,500.00 y ya está programada.")));
    }

    [Fact]
    public void Extract_DollarWithMxnElsewhere_FollowsTheStatedCode()
    {
        var r = Extract("We received $10,000.00 MXN and $500.00 is still open.");

        Assert.Equal(["10000.00 MXN", "500.00 MXN"], Amounts(r));
    }

    [Fact]
    public void Extract_DollarFromMexicanDomain_IsMxn()
    {
        Assert.Equal(["900.00 MXN"], Amounts(Extract("Payment of $900.00 was sent.", from: "ap@cliente.com.mx")));
    }

    [Fact]
    public void Extract_DollarInSpanishMailThatUsesEuros_IsUsd()
    {
        var r = Extract("La factura de 1.000,00 € y el cargo de $50.00 del banco.", language: "es");

        Assert.Equal(["1000.00 EUR", "50.00 USD"], Amounts(r));
    }

    [Fact]
    public void Extract_BareDecimalWithoutAnyCurrency_HasNullCurrency()
    {
        Assert.Equal(["17960.00 null"], Amounts(Extract("Open value left: 17,960.00 before tax.")));
    }

    [Fact]
    public void Extract_BareTableAmounts_InheritTheMessageCurrency()
    {
        const string text = "We sent USD 3,000.00 today.\n\nInvoice\tInvoice Amt\tPaid\nSI-000101\t1,000.00\t1,000.00\nSI-000102\t2,050.00\t2,000.00";

        Assert.Equal(["3000.00 USD", "1000.00 USD", "2050.00 USD", "2000.00 USD"], Amounts(Extract(text)));
    }

    [Fact]
    public void Extract_HeaderCurrency_AppliesToItsColumn()
    {
        const string text = "Residuals to write off:\n\nCustomer\tInvoice\tResidual (EUR)\nAlfa SL\tFE27/000010\t0.57\nBeta SA\tFE27/000011\t1.32";

        Assert.Equal(["0.57 EUR", "1.32 EUR"], Amounts(Extract(text)));
    }

    [Fact]
    public void Extract_IntegerInAmountColumn_IsAnAmount()
    {
        var table = new AttachmentTable("r.csv", [["Invoice", "Amount Paid", "Currency"], ["SI-1", "5600", "USD"]]);

        var r = Extract("See attached.", label: "remittance_advice", tables: [table]);

        Assert.Equal(["5600.00 USD"], Amounts(r));
    }

    [Theory]
    [InlineData("A 7.75% sales tax was added.")]
    [InlineData("We only received 18 of the 20 units.")]
    [InlineData("A 2.5% surcharge applies.")]
    [InlineData("Call me at (555) 010-2233 or +52 33 5555 7781.")]
    [InlineData("Per clause 14.3 of the contract.")]
    [InlineData("The plan covers 75,000 API calls per month.")]
    [InlineData("The meeting is at 10.30 am.")]
    [InlineData("Invoice 9300117452 dated 10/14/2026.")]
    [InlineData("We need 12.00 units replaced.")]
    public void Extract_PercentagesQuantitiesPhonesAndDates_AreNotAmounts(string text)
    {
        Assert.Empty(Extract(text).Amounts);
    }

    [Fact]
    public void Extract_RepeatedValue_IsListedOnceInOrderOfFirstAppearance()
    {
        var r = Extract("Card billed $139.00 on 11/5 and again $139.00 on 11/6; the invoice total is $1,000.00.");

        Assert.Equal(["139.00 USD", "1000.00 USD"], Amounts(r));
    }

    [Fact]
    public void Extract_ParenthesisedDeduction_IsListedAsItsMagnitude()
    {
        Assert.Equal(["450.00 USD", "1000.00 USD"], Amounts(Extract("Deduction ($450.00) taken from the $1,000.00 invoice.")));
    }

    [Fact]
    public void Extract_SameValueInTwoCurrencies_AreTwoAmounts()
    {
        Assert.Equal(["100.00 USD", "100.00 EUR"], Amounts(Extract("We paid $100.00 and also 100,00 € to the other entity.")));
    }

    [Fact]
    public void Extract_ZeroAmount_IsNotListed()
    {
        Assert.Equal(["100.00 null"], Amounts(Extract("Gross\tDiscount\tNet\n100.00\t0.00\t100.00")));
    }

    [Fact]
    public void Extract_Millions_AreScaled()
    {
        Assert.Equal(["1200000.00 USD"], Amounts(Extract("Credit line up to $1.2M for the year.")));
    }

    [Fact]
    public void Extract_CentsAndWholeDollars_KeepTwoDecimals()
    {
        Assert.Equal(["0.61 USD", "7500.00 USD"], Amounts(Extract("Write off $0.61; orders over $7,500 ship free.")));
    }
}
