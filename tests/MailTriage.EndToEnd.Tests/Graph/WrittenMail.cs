using System.Globalization;
using MailTriage.GraphEmulator.Mail;

namespace MailTriage.EndToEnd.Tests.Graph;

/// <summary>
/// Customer mail written for these tests (never taken from a shared corpus): the everyday AR intents in English and
/// Spanish. <c>n</c> makes subjects, invoice numbers and Message-IDs unique, so every message is a new mail and every
/// dispute a new case.
/// </summary>
internal static class WrittenMail
{
    private static readonly Func<int, string, NewMessage>[] Templates =
    [
        Remittance, Dispute, Promise, InvoiceRequest, Remesa, Disputa, PurchaseOrder,
    ];

    /// <summary>Message <paramref name="n"/> of a rotating mix of every template, addressed to <paramref name="to"/>.</summary>
    public static NewMessage Mixed(int n, string to) => Templates[n % Templates.Length](n, to);

    public static NewMessage Remittance(int n, string to) => Mail(n, to, "ap@northwind-traders.example",
        $"Remittance advice - payment {900000 + n}",
        $"""
        Hello,

        Please find below the details of our ACH payment {900000 + n} sent today.

        Invoice INV-{I(n)}   USD 1,{n % 900 + 100}.50
        Invoice INV-{I(n + 1)}   USD 2{n % 90 + 10}.00

        Total paid: USD 1,{n % 900 + 311}.50

        Regards,
        Accounts Payable, Northwind Traders
        """);

    public static NewMessage Dispute(int n, string to) => Mail(n, to, "purchasing@granite-supply.example",
        $"Invoice 7{I(n)} - wrong unit price billed",
        $"""
        Hi,

        Invoice 7{I(n)} bills the steel brackets at $4.10 each, but our price agreement has them at $3.65.
        Qty 1,000 x $0.45 = $450.00 overbilled. We are short-paying the invoice by $450.00.

        Please send a credit memo for the difference.

        Dana Ortiz, Granite Supply
        """);

    public static NewMessage Promise(int n, string to) => Mail(n, to, "controller@harbor-foods.example",
        $"RE: Past due statement - account {300000 + n}",
        $"""
        Good morning,

        We will pay invoice INV-{I(n)} for USD 3,{n % 900 + 100}.00 on {new DateOnly(2026, 12, 1 + (n % 27)).ToString("MMMM d, yyyy", CultureInfo.InvariantCulture)}.
        Our payment run was delayed this month; sorry for the inconvenience.

        Mark Ellis, Controller
        """);

    public static NewMessage InvoiceRequest(int n, string to) => Mail(n, to, "ap@summit-dental.example",
        $"Copy of invoice INV-{I(n)} needed",
        $"""
        Hello,

        We cannot find invoice INV-{I(n)} in our system. Could you please send us a copy of the invoice
        so we can process it for payment?

        Thank you,
        Summit Dental, Accounts Payable
        """);

    public static NewMessage Remesa(int n, string to) => Mail(n, to, "tesoreria@ferreteria-norte.example",
        $"Aviso de pago SPEI - referencia {500000 + n}",
        $"""
        Buenos días,

        Les informamos que realizamos el pago por transferencia SPEI con referencia {500000 + n}
        para cubrir la factura FE-{I(n)} por un importe de $12,{n % 900 + 100}.00 MXN.

        Saludos,
        Tesorería, Ferretería del Norte
        """);

    public static NewMessage Disputa(int n, string to) => Mail(n, to, "compras@abarrotes-sol.example",
        $"Factura FE-{I(n)} - mercancía dañada",
        $"""
        Hola,

        La mercancía de la factura FE-{I(n)} llegó dañada: 40 cajas con envases rotos.
        No vamos a pagar esas piezas hasta recibir una nota de crédito por $8,{n % 900 + 100}.00 MXN.

        Atentamente,
        Compras, Abarrotes del Sol
        """);

    public static NewMessage PurchaseOrder(int n, string to) => Mail(n, to, "buyer@lakeside-clinic.example",
        $"Purchase order PO-{I(n)} attached",
        $"""
        Hello,

        Please find our purchase order PO-{I(n)} for 200 boxes of nitrile gloves at the agreed price.
        Please confirm the order and invoice against this PO number.

        Thanks,
        Purchasing, Lakeside Clinic
        """);

    private static string I(int n) => (40000 + n).ToString(CultureInfo.InvariantCulture);

    private static NewMessage Mail(int n, string to, string from, string subject, string body) => new()
    {
        Subject = subject,
        From = from,
        To = [to],
        Body = body,
        InternetMessageId = $"<written-{n}-{to.Split('@')[0]}@e2e.example>",
    };
}
