namespace MailTriage.Classifier.Extraction.Scanning;

/// <summary>
/// Finds header rows ("Invoice | Invoice Amt | Deduction | Paid", "Factura,Importe pagado,Moneda") and types
/// their columns, so a bare "9100233980" under "Invoice" is an invoice and "11760.00" under "Amount Paid" is
/// the paid amount. Blank lines between rows are tolerated: plain-text renderings of HTML tables have them.
/// </summary>
internal static class TableDetector
{
    public static void Detect(List<ScannedLine> lines, int start, int end, bool attachment)
    {
        TableInfo? current = null;
        for (var i = start; i < end; i++)
        {
            var line = lines[i];
            if (line.Tokens.Count == 0)
            {
                continue; // blank line: the table may go on
            }

            if (line.CellCount < 2 && !attachment)
            {
                current = null;
                continue;
            }

            if (LooksLikeHeader(line))
            {
                current = Build(line);
                line.Table = current;
                line.IsHeader = true;
                continue;
            }

            if (current is not null)
            {
                line.Table = current;
            }
        }
    }

    private static bool LooksLikeHeader(ScannedLine line)
    {
        if (line.CellCount < 2)
        {
            return false;
        }

        var words = 0;
        foreach (var t in line.Tokens)
        {
            if (t.Kind is TokenKind.Amount or TokenKind.Id or TokenKind.Date)
            {
                return false;
            }

            words += t.Kind == TokenKind.Word ? 1 : 0;
        }

        var kinds = Cells(line).Select(Classify).ToList();
        // A header names what its columns hold; two typed columns tell it from a "Name | Title" row.
        return words >= 2 && kinds.Count(k => k != ColumnKind.None) >= 2;
    }

    private static TableInfo Build(ScannedLine header)
    {
        var cells = Cells(header);
        return new TableInfo
        {
            Columns = cells.Select(Classify).ToArray(),
            ColumnCurrency = cells.Select(CurrencyIn).ToArray(),
        };
    }

    private static List<List<Token>> Cells(ScannedLine line)
    {
        var count = line.Tokens.Count == 0 ? 0 : line.Tokens.Max(t => t.Cell) + 1;
        var cells = Enumerable.Range(0, count).Select(_ => new List<Token>()).ToList();
        foreach (var t in line.Tokens)
        {
            cells[t.Cell].Add(t);
        }

        return cells;
    }

    private static string? CurrencyIn(List<Token> cell) =>
        cell.Where(t => t.Kind == TokenKind.Word && Lexicon.CurrencyWords.ContainsKey(t.Norm))
            .Select(t => Lexicon.CurrencyWords[t.Norm])
            .FirstOrDefault();

    internal static ColumnKind Classify(List<Token> cell)
    {
        var words = cell.Where(t => t.Kind is TokenKind.Word or TokenKind.Punct).Select(t => t.Norm).ToHashSet(StringComparer.Ordinal);
        if (words.Count == 0)
        {
            return ColumnKind.None;
        }

        if (words.Count <= 2 && (words.Contains("currency") || words.Contains("moneda") || words.Contains("divisa") || words.Contains("ccy") || words.Contains("curr") || words.Contains("cur")))
        {
            return ColumnKind.Currency;
        }

        if (Any(words, "deduction", "deductions", "deduccion", "discount", "descuento", "short", "withholding", "retencion", "adjustment", "ajuste", "penalty", "penalizacion"))
        {
            return ColumnKind.Deduction;
        }

        var strongAmount = Any(words, "amount", "amt", "importe", "monto", "total", "paid", "pagado", "price", "precio", "balance", "saldo");
        if (!strongAmount && Any(words, "date", "fecha", "dtd", "vto", "vencimiento", "dated"))
        {
            return ColumnKind.Date; // "Value date", "Fecha factura": a date even next to a money-ish word
        }

        var amountish = Any(words, "amount", "amt", "total", "importe", "monto", "balance", "saldo", "price", "precio",
            "residual", "open", "net", "neto", "gross", "bruto", "value", "valor", "subtotal", "tax", "iva", "fee", "charge",
            "cargo", "application", "applied", "aplicado", "usd", "mxn", "eur", "cop", "paid", "pagado", "remitted", "abonado",
            "pagar", "payable", "due", "adeudo", "pendiente");
        if (amountish)
        {
            var paid = Any(words, "paid", "pagado", "remitted", "abonado", "pagar", "applied", "aplicado")
                || (words.Contains("payment") && words.Contains("amount"))
                || (words.Contains("pago") && (words.Contains("importe") || words.Contains("monto")));
            return paid ? ColumnKind.Paid : ColumnKind.Amount;
        }

        if (Any(words, "date", "fecha", "dtd", "vto", "vencimiento", "due", "dated"))
        {
            return ColumnKind.Date;
        }

        if (Any(words, "po", "p.o.", "pedido", "oc", "o.c.", "order", "orden", "compra"))
        {
            return ColumnKind.Po;
        }

        if (Any(words, "wire", "payment", "pay", "pago", "check", "cheque", "trace", "vendor", "proveedor", "supplier", "customer",
            "cliente", "account", "cuenta", "bank", "banco", "swift", "transaction", "line", "linea", "item", "part", "sku",
            "qty", "quantity", "cantidad", "unit", "description", "descripcion", "concepto", "reason", "motivo", "cause",
            "status", "estado", "originator", "sec", "code", "name", "nombre", "comments", "comentarios", "notes", "notas"))
        {
            return ColumnKind.Exclude;
        }

        return Any(words, "invoice", "inv", "invoices", "factura", "facturas", "fact", "bill", "document", "documento",
            "doc", "folio", "reference", "ref", "referencia", "rmr", "memo", "nota", "comprobante", "no", "#", "numero", "number")
            ? ColumnKind.Invoice
            : ColumnKind.None;
    }

    private static bool Any(HashSet<string> words, params string[] candidates)
    {
        foreach (var c in candidates)
        {
            if (words.Contains(c))
            {
                return true;
            }
        }

        return false;
    }
}
