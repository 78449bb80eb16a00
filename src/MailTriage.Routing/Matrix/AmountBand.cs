using System.Globalization;

namespace MailTriage.Routing.Matrix;

/// <summary>
/// Disputed amounts from <see cref="From"/> (included) up to <see cref="Below"/> (excluded), in the invoice currency.
/// A dispute without an amount never falls in a band: it goes to a row without one.
/// </summary>
public sealed record AmountBand(decimal From, decimal? Below)
{
    public bool Contains(decimal? amount) => amount is { } a && a >= From && (Below is null || a < Below);

    public bool Overlaps(AmountBand other) =>
        From < (other.Below ?? decimal.MaxValue) && other.From < (Below ?? decimal.MaxValue);

    public override string ToString() => Below is { } below
        ? string.Create(CultureInfo.InvariantCulture, $"{From:N0} to below {below:N0}")
        : string.Create(CultureInfo.InvariantCulture, $"{From:N0} or more");
}
