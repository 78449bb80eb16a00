using static MailTriage.Classifier.Tests.TestData.Normalised;

namespace MailTriage.Classifier.Tests.Extraction;

public sealed class PromiseDateExtractorTests
{
    private static readonly DateTimeOffset Thursday15Oct = new(2026, 10, 15, 17, 5, 0, TimeSpan.FromHours(2));
    private static readonly DateTimeOffset Wednesday4Nov = new(2026, 11, 4, 11, 0, 0, TimeSpan.FromHours(-5));
    private static readonly DateTimeOffset Friday6Nov = new(2026, 11, 6, 16, 0, 0, TimeSpan.FromHours(-6));

    private static DateOnly? Promise(string text, DateTimeOffset sent, string? language = null) =>
        Extract(text, "payment_promise", language, sent).PromiseDate;

    [Theory]
    [InlineData("Funds go out in next Tuesday's ACH batch.", "2026-11-10")]
    [InlineData("We will pay next Friday.", "2026-11-06")]
    [InlineData("Payment goes out Monday.", "2026-11-09")]
    [InlineData("We will pay this Friday.", "2026-11-06")]
    [InlineData("We will wire it tomorrow.", "2026-11-05")]
    [InlineData("The check will be mailed today.", "2026-11-04")]
    [InlineData("The wire should leave on the 30th.", "2026-11-30")]
    [InlineData("Payment should go out on the 2nd.", "2026-12-02")]
    [InlineData("We will pay by end of month.", "2026-11-30")]
    [InlineData("We will pay at the end of next month.", "2026-12-31")]
    [InlineData("Funds will be released by 05-Dec-2026 once approved.", "2026-12-05")]
    [InlineData("It's in the 11/20 check run.", "2026-11-20")]
    [InlineData("Scheduled payment date\t11/27/2026", "2026-11-27")]
    [InlineData("We will pay Tuesday next week.", "2026-11-10")]
    [InlineData("We will pay in 10 days.", "2026-11-14")]
    [InlineData("We'll pay on the 15th of December.", "2026-12-15")]
    public void Extract_EnglishPhrasings_ResolveAgainstTheSentDate(string text, string expected)
    {
        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), Promise(text, Wednesday4Nov, "en"));
    }

    [Theory]
    [InlineData("Salen a pago el próximo viernes.", "2026-11-13")]
    [InlineData("Salen a pago el proximo viernes.", "2026-11-13")]
    [InlineData("El pago sale el martes de la semana que viene.", "2026-11-10")]
    [InlineData("La incluimos en los pagos del jueves 12 de noviembre.", "2026-11-12")]
    [InlineData("Quedó programada para pago el 15/12.", "2026-12-15")]
    [InlineData("Lo pagamos el 30/11.", "2026-11-30")]
    [InlineData("Nuestra remesa de pagos sale el día 25 de noviembre.", "2026-11-25")]
    [InlineData("Les pagamos mañana sin falta.", "2026-11-07")]
    [InlineData("Pagamos a fin de mes.", "2026-11-30")]
    [InlineData("Se paga el 15 de diciembre.", "2026-12-15")]
    public void Extract_SpanishPhrasings_ResolveDayFirst(string text, string expected)
    {
        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), Promise(text, Friday6Nov, "es"));
    }

    [Fact]
    public void Extract_TuesdayOfNextWeekSaidOnThursday_IsFiveDaysLater()
    {
        Assert.Equal(new DateOnly(2026, 10, 20), Promise("La metemos en el confirming del martes de la semana que viene.", Thursday15Oct, "es"));
    }

    [Fact]
    public void Extract_TomorrowLateInTheEvening_UsesTheSendersLocalDate()
    {
        var lateTuesdayPacific = new DateTimeOffset(2026, 11, 24, 18, 52, 0, TimeSpan.FromHours(-8)); // already Wednesday in UTC

        Assert.Equal(new DateOnly(2026, 11, 25), Promise("sending the $2,650 wire tomorrow, sorry!!", lateTuesdayPacific, "en"));
    }

    [Fact]
    public void Extract_PaymentSchedule_ReturnsFirstInstalment()
    {
        const string text = "Thanks for Friday's call. Proposed plan:\n1. $6,000.00 via ACH on Monday, November 16\n2. Balance of $3,125.00 via ACH on December 15";

        Assert.Equal(new DateOnly(2026, 11, 16), Promise(text, Wednesday4Nov, "en"));
    }

    [Fact]
    public void Extract_DueDateAndPastDates_AreNotThePromise()
    {
        const string text = "Invoice SI-1 was due 10/25/2026 and received 10/30. We will pay it on 11/18.";

        Assert.Equal(new DateOnly(2026, 11, 18), Promise(text, Wednesday4Nov, "en"));
    }

    [Fact]
    public void Extract_DayFirstEvidenceInEnglish_ReadsAmbiguousDatesDayFirst()
    {
        const string text = "Invoice dated 30/10/2026. Payment will be made on 05/12/2026.";

        Assert.Equal(new DateOnly(2026, 12, 5), Promise(text, Wednesday4Nov, "en"));
    }

    [Fact]
    public void Extract_MorningNotTomorrow_IsIgnored()
    {
        Assert.Null(Promise("Esta mañana revisamos el pago.", Friday6Nov, "es"));
    }

    [Fact]
    public void Extract_NoDateHeader_StillReadsExplicitDates()
    {
        var n = Message("We will pay on 2026-12-01.", "en");
        var r = MailTriage.Classifier.Extraction.EntityExtractor.Extract(n with { Date = null }, "payment_promise");

        Assert.Equal(new DateOnly(2026, 12, 1), r.PromiseDate);
    }

    [Fact]
    public void Extract_OtherLabels_HaveNoPromiseDate()
    {
        Assert.Null(Extract("We will pay tomorrow.", "remittance_advice", "en", Wednesday4Nov).PromiseDate);
    }

    [Fact]
    public void Extract_NoDate_ReturnsNull()
    {
        Assert.Null(Promise("We will pay as soon as the PO is approved.", Wednesday4Nov, "en"));
    }
}
