using System.Text.RegularExpressions;
using MailTriage.Routing.Disputes;
using MailTriage.TestUtils;

namespace MailTriage.Routing.Tests.Disputes;

public sealed partial class DisputeReasonCodesTests
{
    [Fact]
    public void All_ComparedWithClassifierLabels_AreTheSameStrings()
    {
        // Routing may not reference the classifier, so the two lists are pinned together through the source text.
        var source = File.ReadAllText(Path.Combine(TestPaths.RepositoryRoot, "src", "MailTriage.Classifier", "Intent", "IntentLabels.cs"));
        var block = source[source.IndexOf("class DisputeReasons", StringComparison.Ordinal)..];
        var classifier = ConstantPattern().Matches(block).Select(m => m.Groups[1].Value).ToHashSet();

        Assert.Equal(classifier.Order(), DisputeReasonCodes.All.Order());
    }

    [Theory]
    [InlineData("pricing", "pricing")]
    [InlineData(" Tax ", "tax")]
    [InlineData("weather", "other")]
    [InlineData(null, "other")]
    public void Normalise_VariousInputs_ReturnsKnownCode(string? input, string expected)
    {
        Assert.Equal(expected, DisputeReasonCodes.Normalise(input));
    }

    [GeneratedRegex("""public const string \w+ = "([a-z_]+)";""")]
    private static partial Regex ConstantPattern();
}
