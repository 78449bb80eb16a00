using System.Globalization;
using System.Text;
using MailTriage.GraphEmulator.Mail;

namespace MailTriage.Benchmarks;

/// <summary>
/// The backfill's mail: templates written for this benchmark (English and Spanish, every AR intent, automatic replies,
/// a CSV remittance attachment, replies in dispute threads) plus the project's samples/mailbox/*.eml under fresh
/// Message-IDs. Seeded, so every run fills the mailboxes with the same 40,000 messages.
/// </summary>
/// <remarks>
/// The mix is what shapes requests per message, because only mail that opens a new dispute costs a sendMail; it is
/// printed with the results. Weights (per 100 messages): remittances 30, payment promises 10, invoice requests 10,
/// purchase orders 8, refunds 4, tie-offs 4, new disputes 5, replies in a dispute thread 4, automatic replies 4, and 21
/// sample variants (a third of which are the sample disputes, which link to the cases their first copy opened).
/// </remarks>
internal sealed class GraphBackfillCorpus
{
    private static readonly (string Name, string Domain, string Language)[] Customers =
    [
        ("Northwind Traders", "northwind-traders.example", "en"), ("Granite Supply", "granite-supply.example", "en"),
        ("Harbor Foods", "harbor-foods.example", "en"), ("Summit Dental", "summit-dental.example", "en"),
        ("Lakeside Clinic", "lakeside-clinic.example", "en"), ("Bluebird Hardware", "bluebird-hw.example", "en"),
        ("Ferretería del Norte", "ferreteria-norte.example", "es"), ("Abarrotes del Sol", "abarrotes-sol.example", "es"),
        ("Distribuidora Olmeca", "olmeca.example", "es"), ("Farmacias Levante", "farmacias-levante.example", "es"),
    ];

    private readonly Random _random;
    private readonly string _mailbox;
    private readonly IReadOnlyList<NewMessage> _samples;
    private readonly List<(string MessageId, string Subject, string From)> _openDisputes = [];
    private int _n;

    public GraphBackfillCorpus(int seed, string mailbox, IReadOnlyList<NewMessage> samples)
    {
        _random = new Random(seed);
        _mailbox = mailbox;
        _samples = samples;
    }

    /// <summary>The samples/mailbox messages, parsed once and shared by every mailbox's corpus.</summary>
    public static IReadOnlyList<NewMessage> LoadSamples(string repositoryRoot) =>
        Directory.EnumerateFiles(Path.Combine(repositoryRoot, "samples", "mailbox"), "*.eml", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal)
            .Select(f => EmlLoader.Load(File.ReadAllText(f)))
            .ToList();

    public NewMessage Next()
    {
        _n++;
        var roll = _random.Next(100);
        var customer = Customers[_random.Next(Customers.Length)];
        var spanish = customer.Language == "es";
        return roll switch
        {
            < 22 => spanish ? Remesa(customer) : Remittance(customer),
            < 30 => RemittanceWithCsv(customer),
            < 40 => Promise(customer, spanish),
            < 50 => InvoiceRequest(customer, spanish),
            < 58 => PurchaseOrder(customer, spanish),
            < 62 => Refund(customer, spanish),
            < 66 => TieOff(customer),
            < 71 => NewDispute(customer, spanish),
            < 75 => _openDisputes.Count > 0 ? DisputeReply() : NewDispute(customer, spanish),
            < 79 => AutoReply(customer, spanish),
            _ => SampleVariant(),
        };
    }

    private string Invoice() => (90_100_000 + (_n * 7) + _random.Next(7)).ToString(CultureInfo.InvariantCulture);

    private string Amount() => (_random.Next(150, 48_000) + (_random.Next(100) / 100m)).ToString("#,##0.00", CultureInfo.InvariantCulture);

    private NewMessage Remittance((string Name, string Domain, string Language) c)
    {
        var lines = Enumerable.Range(0, _random.Next(1, 5)).Select(_ => $"Invoice {Invoice()}    USD {Amount()}");
        return Mail(c, $"ap@{c.Domain}", $"Remittance advice - payment {_random.Next(100_000, 999_999)}",
            $"Hello,\n\nPlease find the remittance details of our ACH payment sent today:\n\n{string.Join("\n", lines)}\n\nRegards,\nAccounts Payable, {c.Name}");
    }

    private NewMessage Remesa((string Name, string Domain, string Language) c) =>
        Mail(c, $"tesoreria@{c.Domain}", $"Aviso de pago SPEI - referencia {_random.Next(100_000, 999_999)}",
            $"Buenos días,\n\nLes informamos que realizamos una transferencia SPEI para cubrir la factura FE-{Invoice()} por ${Amount()} MXN.\n\nSaludos,\nTesorería, {c.Name}");

    private NewMessage RemittanceWithCsv((string Name, string Domain, string Language) c)
    {
        var csv = new StringBuilder("invoice,amount,currency\n");
        for (var i = _random.Next(3, 12); i > 0; i--)
        {
            csv.Append(Invoice()).Append(',').Append(Amount().Replace(",", "", StringComparison.Ordinal)).Append(",USD\n");
        }

        return Mail(c, $"payments@{c.Domain}", $"Payment {_random.Next(100_000, 999_999)} - remittance attached",
            $"Hi,\n\nOur payment was released today. The remittance detail is in the attached file.\n\nThank you,\n{c.Name}") with
        {
            Attachments = [new NewAttachment("remittance.csv", "text/csv", Encoding.UTF8.GetBytes(csv.ToString()))],
        };
    }

    private NewMessage Promise((string Name, string Domain, string Language) c, bool spanish)
    {
        var date = new DateOnly(2026, 12, 1).AddDays(_random.Next(40));
        return spanish
            ? Mail(c, $"cxp@{c.Domain}", $"RE: Saldo vencido cliente {_random.Next(200_000, 299_999)}",
                $"Hola,\n\nLes confirmamos que pagaremos la factura FE-{Invoice()} por ${Amount()} MXN el {date.ToString("d 'de' MMMM", new CultureInfo("es-MX"))}.\n\nUna disculpa por el retraso.\n{c.Name}")
            : Mail(c, $"controller@{c.Domain}", $"RE: Past due statement - account {_random.Next(100_000, 199_999)}",
                $"Good morning,\n\nWe will pay invoice {Invoice()} for USD {Amount()} on {date.ToString("MMMM d, yyyy", CultureInfo.InvariantCulture)}. Our payment run slipped this month.\n\n{c.Name}");
    }

    private NewMessage InvoiceRequest((string Name, string Domain, string Language) c, bool spanish) => spanish
        ? Mail(c, $"cxp@{c.Domain}", $"Solicitud de factura FE-{Invoice()}",
            $"Buenas tardes,\n\nNo encontramos la factura en nuestro sistema. ¿Nos pueden reenviar el PDF y el XML para poder programar el pago?\n\nGracias,\n{c.Name}")
        : Mail(c, $"ap@{c.Domain}", $"Copy of invoice {Invoice()} needed",
            $"Hello,\n\nWe cannot find this invoice in our system. Could you please send us a copy so we can process it for payment?\n\nThanks,\n{c.Name}");

    private NewMessage PurchaseOrder((string Name, string Domain, string Language) c, bool spanish) => spanish
        ? Mail(c, $"compras@{c.Domain}", $"Orden de compra OC-2026-{_random.Next(1000, 9999)}",
            $"Hola,\n\nAdjuntamos la orden de compra para 300 piezas al precio acordado. Favor de facturar contra este número de orden.\n\n{c.Name}")
        : Mail(c, $"buyer@{c.Domain}", $"Purchase order PO-{_random.Next(10_000, 99_999)} attached",
            $"Hello,\n\nPlease find our purchase order for 200 boxes at the agreed price. Please confirm and invoice against this PO number.\n\n{c.Name}");

    private NewMessage Refund((string Name, string Domain, string Language) c, bool spanish) => spanish
        ? Mail(c, $"tesoreria@{c.Domain}", "Solicitud de devolución de saldo a favor",
            $"Hola,\n\nPagamos dos veces la factura FE-{Invoice()}. Solicitamos la devolución de ${Amount()} MXN a nuestra cuenta.\n\n{c.Name}")
        : Mail(c, $"ap@{c.Domain}", $"Overpayment on invoice {Invoice()} - refund please",
            $"Hi,\n\nWe paid this invoice twice by mistake. Please refund the overpayment of USD {Amount()} to our account on file.\n\n{c.Name}");

    private NewMessage TieOff((string Name, string Domain, string Language) c) =>
        Mail(c, $"sales.ops@fabrikam.example", $"{c.Name} - please apply CM-{_random.Next(1000, 9999)} to the open invoice",
            $"Hi AR team,\n\nPlease apply credit memo CM-{_random.Next(1000, 9999)} against invoice {Invoice()} and close both items; the customer agreed.\n\nSales Operations");

    private NewMessage NewDispute((string Name, string Domain, string Language) c, bool spanish)
    {
        var message = spanish
            ? Mail(c, $"compras@{c.Domain}", $"Factura FE-{Invoice()} - mercancía dañada",
                $"Hola,\n\nLa mercancía de esta factura llegó dañada: {_random.Next(5, 60)} cajas con envases rotos. No pagaremos esas piezas hasta recibir una nota de crédito por ${Amount()} MXN.\n\n{c.Name}")
            : Mail(c, $"purchasing@{c.Domain}", $"Invoice {Invoice()} - wrong unit price billed",
                $"Hi,\n\nThis invoice bills the brackets at $4.10 each, but our price agreement has them at $3.65. We are short-paying it by USD {Amount()}. Please send a credit memo for the difference.\n\n{c.Name}");
        _openDisputes.Add((message.InternetMessageId!, message.Subject, message.From));
        return message;
    }

    private NewMessage DisputeReply()
    {
        var (messageId, subject, from) = _openDisputes[_random.Next(_openDisputes.Count)];
        return new NewMessage
        {
            Subject = "RE: " + subject,
            From = from,
            To = [_mailbox],
            Body = "Hello again,\n\nAny update on this? We still have not received the credit memo.\n\nThanks",
            InternetMessageId = NewMessageId(),
            InReplyTo = messageId,
        };
    }

    private NewMessage AutoReply((string Name, string Domain, string Language) c, bool spanish) =>
        Mail(c, $"j.doe@{c.Domain}", spanish ? "Respuesta automática: Estado de cuenta" : "Automatic reply: Statement of account",
            spanish ? "Estoy fuera de la oficina hasta el lunes, con acceso limitado al correo." : "I am out of the office until Monday with limited access to email.") with
        {
            ExtraHeaders = [new("Auto-Submitted", "auto-replied"), new("X-Auto-Response-Suppress", "All")],
        };

    private NewMessage SampleVariant()
    {
        var sample = _samples[_random.Next(_samples.Count)];
        var id = NewMessageId();
        return sample with
        {
            To = [_mailbox],
            InternetMessageId = id,
            Headers = sample.Headers!.Select(h => h.Key.Equals("Message-ID", StringComparison.OrdinalIgnoreCase) ? new KeyValuePair<string, string>(h.Key, id) : h).ToList(),
        };
    }

    private NewMessage Mail((string Name, string Domain, string Language) c, string from, string subject, string body) => new()
    {
        Subject = subject,
        From = from,
        FromName = c.Name,
        To = [_mailbox],
        Body = body,
        InternetMessageId = NewMessageId(),
    };

    private string NewMessageId() => $"<bench-{_n}-{_random.Next():x8}@{_mailbox.Split('@')[0]}.bench.example>";
}
