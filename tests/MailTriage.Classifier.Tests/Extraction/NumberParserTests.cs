using MailTriage.Classifier.Extraction.Scanning;

namespace MailTriage.Classifier.Tests.Extraction;

public sealed class NumberParserTests
{
    [Theory]
    [InlineData("1,234.56", "1234.56")]
    [InlineData("1.234,56", "1234.56")]
    [InlineData("12.450.000", "12450000")]
    [InlineData("1,000,000", "1000000")]
    [InlineData("614,00", "614.00")]
    [InlineData("0,42", "0.42")]
    [InlineData("5,000", "5000")]
    [InlineData("14840.00", "14840.00")]
    [InlineData("3.5", "3.5")]
    [InlineData("1'234.50", "1234.50")]
    public void TryParse_BothConventions_ReadsTheValue(string text, string expected)
    {
        Assert.True(NumberParser.TryParse(text, out var value));
        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), value);
    }

    [Fact]
    public void TryParse_NoDigits_Fails()
    {
        Assert.False(NumberParser.TryParse("--", out _));
    }
}
