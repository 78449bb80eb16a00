using NodaTime;

namespace MailTriage.Routing.Linking;

/// <summary>How far apart two mails about the same invoice may be and still be one dispute.</summary>
/// <param name="SameInvoiceWindow">Measured from the existing dispute's last customer mail; 30 days by default.</param>
public sealed record LinkingOptions(Duration SameInvoiceWindow)
{
    public static LinkingOptions Default { get; } = new(Duration.FromDays(30));
}
