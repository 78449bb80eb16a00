using System.Collections.Frozen;
using System.Globalization;
using System.Text;

namespace MailTriage.Classifier.Extraction.Scanning;

/// <summary>What a label word says about the identifier that follows it.</summary>
internal enum LabelKind
{
    None,
    Invoice,
    Po,

    /// <summary>Payment, check, trace, case, account, phone…: the number after it is not a billing document.</summary>
    Exclude,
}

/// <summary>
/// English and Spanish AR vocabulary, compared in lower case without accents. Kept in one place so the
/// extractors agree on what "factura", "PO#", "check" or "Total pagado" mean.
/// </summary>
internal static class Lexicon
{
    public static readonly FrozenDictionary<string, LabelKind> Labels = BuildLabels();

    /// <summary>Words that sit between a label and its number without weakening it ("Invoice No. 123").</summary>
    public static readonly FrozenSet<string> Fillers = Set(
        "no", "no.", "nº", "n", "n.º", "nro", "nro.", "num", "num.", "nu", "numero", "numeros", "number", "numbers", "nr",
        "doc", "document", "documento", "id", "#", "n°");

    public static readonly FrozenSet<string> PaymentWords = Set(
        "pay", "paid", "paying", "payment", "payments", "pago", "pagos", "pagar", "pagare", "pagaremos", "pagamos", "pagan",
        "paga", "pagara", "pagado", "pagada", "pagados", "pagadas", "wire", "wired", "ach", "check", "cheque", "transfer",
        "transferred", "transferencia", "transferimos", "remit", "remitted", "remitting", "remittance", "release", "released",
        "liberar", "liberado", "liberamos", "batch", "run", "corrida", "remesa", "confirming", "scheduled", "schedule",
        "programado", "programada", "programo", "programamos", "process", "processed", "procesar", "deposit", "deposited",
        "depositar", "depositamos", "abonar", "abonaremos", "abonado", "settle", "settled", "spei", "sepa", "swift", "emite",
        "emitira", "emitiremos", "sent", "send", "sending", "mailed", "enviamos", "enviado", "enviaremos", "realizamos",
        "realizado", "realizada", "ordenado", "go", "goes", "going", "out", "sale", "saldra", "salen", "card", "visa",
        "amex", "charged", "cubre", "covers", "liquidar", "liquidamos", "liquidado");

    public static readonly FrozenSet<string> DeductionWords = Set(
        "deduct", "deducted", "deducting", "deduction", "deductions", "deduccion", "deducimos", "descontamos", "descuento",
        "discount", "short", "shortpay", "fee", "fees", "penalty", "penalizacion", "retencion", "withholding", "withheld",
        "chargeback", "adjustment", "ajuste", "comision");

    /// <summary>Words right before a decimal that make it a clause, version or measure rather than money.</summary>
    public static readonly FrozenSet<string> NotMoneyBefore = Set(
        "section", "seccion", "clause", "clausula", "article", "articulo", "art", "art.", "version", "versión", "rev",
        "v", "paragraph", "apartado", "punto", "chapter", "capitulo", "item", "ext", "ext.", "tel", "tel.", "km", "kg",
        "rate", "tasa", "tipo", "ratio", "version", "release", "model", "modelo", "room", "suite");

    /// <summary>Words right after a number that make it a quantity, time or rate.</summary>
    public static readonly FrozenSet<string> UnitsAfter = Set(
        "units", "unit", "unidades", "unidad", "pcs", "piezas", "pieces", "kg", "kgs", "lb", "lbs", "hours", "hour", "hrs",
        "hr", "horas", "hora", "h", "days", "day", "dias", "dia", "weeks", "semanas", "months", "meses", "years", "anos",
        "km", "mi", "miles", "gb", "tb", "mb", "am", "pm", "percent", "pct", "por", "seats", "licenses", "licencias",
        "users", "usuarios", "points", "puntos", "bps", "x");

    public static readonly FrozenSet<string> MoneyContext = Set(
        "pay", "paid", "payment", "owe", "owed", "balance", "amount", "total", "importe", "saldo", "monto", "pago",
        "pagar", "deuda", "credit", "refund", "about", "around", "approx", "approximately", "aprox", "cost", "costs",
        "price", "fee", "budget", "value", "worth", "save", "spend", "settle", "wire", "transfer", "invoice", "factura");

    public static readonly FrozenSet<string> TotalWords = Set(
        "total", "totales", "sum", "suma");

    public static readonly FrozenDictionary<string, string> CurrencyWords = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["usd"] = "USD", ["mxn"] = "MXN", ["eur"] = "EUR", ["cop"] = "COP", ["gbp"] = "GBP", ["brl"] = "BRL",
        ["inr"] = "INR", ["cad"] = "CAD", ["ars"] = "ARS", ["clp"] = "CLP", ["pen"] = "PEN", ["chf"] = "CHF",
        ["aud"] = "AUD", ["jpy"] = "JPY",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    public static readonly FrozenSet<string> DollarFamily = FrozenSet.ToFrozenSet(
        ["USD", "MXN", "COP", "CAD", "AUD", "ARS", "CLP"], StringComparer.Ordinal);

    public static string Normalise(string word)
    {
        if (IsPlainLowerAscii(word))
        {
            return word;
        }

        if (IsAscii(word))
        {
            return word.ToLowerInvariant();
        }

        var lower = word.ToLowerInvariant();
        var decomposed = lower.Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                sb.Append(c == '’' ? '\'' : c);
            }
        }

        return sb.ToString();
    }

    private static bool IsAscii(string word)
    {
        foreach (var c in word)
        {
            if (c > 0x7F || c == '\'')
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsPlainLowerAscii(string word)
    {
        foreach (var c in word)
        {
            if (c is < 'a' or > 'z')
            {
                return false;
            }
        }

        return true;
    }

    private static FrozenSet<string> Set(params string[] words) =>
        words.Select(Normalise).ToFrozenSet(StringComparer.Ordinal);

    private static FrozenDictionary<string, LabelKind> BuildLabels()
    {
        var map = new Dictionary<string, LabelKind>(StringComparer.Ordinal);
        void Add(LabelKind kind, params string[] words)
        {
            foreach (var w in words)
            {
                map[Normalise(w)] = kind;
            }
        }

        Add(LabelKind.Invoice,
            "invoice", "invoices", "inv", "inv.", "invs", "factura", "facturas", "fact", "fact.", "fra", "fra.", "fras",
            "fac", "bill", "bills", "memo", "memos", "nota", "notas", "abono", "abonos", "rectificativa", "cm", "fatura",
            "faturas", "folio", "folios", "cfdi");
        Add(LabelKind.Po,
            "po", "p.o.", "pos", "pedido", "pedidos", "oc", "o.c.", "ocs", "compra", "order", "orden");
        Add(LabelKind.Exclude,
            "check", "checks", "cheque", "cheques", "chq", "chk", "payment", "payments", "pago", "pagos", "trace", "utr",
            "rastreo", "clave", "ref", "ref.", "reference", "referencia", "confirmation", "confirmacion", "conf",
            "receipt", "receipts", "recibo", "recibos", "case", "caso", "ticket", "incident", "incidencia", "rma",
            "account", "acct", "cuenta", "a/c", "customer", "cliente", "vendor", "supplier", "proveedor", "acreedor",
            "swift", "iban", "clabe", "aba", "routing", "bic", "quote", "quotation", "cotizacion", "oferta", "offer",
            "proposal", "propuesta", "albaran", "remision", "delivery", "shipment", "tracking", "guia", "packing", "slip",
            "rfc", "uuid", "form", "formulario", "amendment", "enmienda", "model", "modelo", "part", "item", "sku",
            "serial", "s/n", "ext", "ext.", "extension", "tel", "tel.", "telefono", "phone", "fax", "mobile", "movil",
            "cel", "originator", "employee", "empleado", "transaction", "transaccion", "operacion", "authorization",
            "autorizacion", "contract", "contrato", "agreement", "license", "zip", "box", "apartado", "suite", "plot",
            "vat", "nif", "cif", "ein", "tin", "gst", "pan", "duns", "anid", "card", "tarjeta", "ending", "lote",
            "room", "lockbox", "wire", "spei", "ach", "sec", "batch", "claim", "reclamo", "ticket#", "rut", "nit",
            "cuit", "cp", "c.p.", "postal", "code", "codigo");
        return map.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
