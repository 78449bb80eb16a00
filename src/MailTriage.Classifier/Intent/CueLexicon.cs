using System.Globalization;
using System.Text;

namespace MailTriage.Classifier.Intent;

/// <summary>
/// AR analysts' vocabulary, English and Spanish, grouped by what it signals. Matches become extra tokens
/// ("cue_paid", "cue_promise"…) beside the n-grams: a phrase the training mail never used ("we've released the
/// funds") still lights the same cue as one it did, which is what lets a model trained on ~1,600 written mails
/// generalise to mail written by other people. The lists are domain knowledge, not copied from any test set.
/// </summary>
public static class CueLexicon
{
    private static readonly (string Cue, string[] Phrases)[] Cues =
    [
        ("paid", [
            "we paid", "has been paid", "have paid", "was paid", "payment was sent", "payment has been sent", "we have sent",
            "we sent", "sent payment", "sent a payment", "sent the payment", "remitted", "released payment", "released the payment",
            "payment released", "was released", "has been released", "was initiated", "has been initiated", "we initiated",
            "payment processed", "has been processed", "was processed", "remittance advice", "remittance detail", "payment advice",
            "check number", "check no", "cheque", "funds were", "wire was sent", "ach was sent", "deposited", "paid in full",
            "short paid", "short-paid", "short pay", "deducted", "payment confirmation", "payment notification", "credited to your account",
            "hemos realizado", "realizamos el pago", "se realizo el pago", "se efectuo", "hemos efectuado", "hemos pagado", "pagamos",
            "hemos transferido", "transferencia realizada", "se ha efectuado", "comprobante de pago", "aviso de pago", "se emitio el pago",
            "se ha emitido", "depositamos", "hemos abonado", "pago realizado", "pago efectuado", "orden de pago ejecutada", "liquidamos",
        ]),
        ("promise", [
            "will pay", "will be paid", "we'll pay", "will send payment", "will send the payment", "will release", "will be released",
            "will process", "will be processed", "will go out", "will be sent", "scheduled for payment", "scheduled to be paid",
            "scheduled for", "next check run", "next payment run", "payment run", "check run", "next week", "end of the month",
            "end of month", "by friday", "by monday", "tomorrow", "payment plan", "instalment", "installment", "we expect to pay",
            "expect to pay", "plan to pay", "planning to pay", "commit to pay", "approved for payment", "pending payment",
            "pagaremos", "se pagara", "vamos a pagar", "realizaremos el pago", "estaremos pagando", "programado", "programada",
            "proxima semana", "semana que viene", "fin de mes", "proxima corrida", "proxima remesa", "compromiso de pago",
            "plan de pagos", "quedara pagada", "sera pagada", "se liquidara", "liquidaremos", "efectuaremos", "procederemos al pago",
        ]),
        ("dispute", [
            "dispute", "disputing", "do not agree", "don't agree", "disagree", "incorrect", "wrong price", "wrong amount",
            "overcharged", "over charged", "not what we agreed", "not as agreed", "short shipped", "short-shipped", "short shipment",
            "did not receive", "didn't receive", "never received", "not received", "damaged", "defective", "broken", "billed twice",
            "invoiced twice", "charged twice", "duplicate invoice", "should not have been charged", "should not be charged",
            "not authorized", "not authorised", "will not pay", "won't pay", "cannot pay this", "refuse", "reject", "contest",
            "credit for the difference", "credit memo for", "please issue a credit", "not honored", "not applied", "price list",
            "no procede", "inconformidad", "reclamacion", "reclamo", "no estamos de acuerdo", "precio incorrecto", "cobro indebido",
            "no recibimos", "no hemos recibido", "danado", "danada", "defectuoso", "defectuosa", "duplicada", "duplicado",
            "no autorizamos", "no autorizado", "no reconocemos", "diferencia de precio", "nota de credito por", "rechazamos",
            "no corresponde", "cobrado de mas", "facturado de mas", "no aceptamos",
        ]),
        ("refund", [
            "refund", "reimburse", "money back", "pay us back", "send back", "return the funds", "return the money", "wire back",
            "credit balance", "overpaid", "overpayment", "paid twice", "duplicate payment", "paid in error", "paid by mistake",
            "reembolso", "reembolsar", "devolucion", "devolver", "devuelvan", "reintegro", "reintegrar", "saldo a favor",
            "pago duplicado", "pagamos dos veces", "pagado de mas", "pago en exceso",
        ]),
        ("tieoff", [
            "apply the credit", "apply credit", "apply the cm", "apply cm", "apply the credit memo", "apply our credit",
            "unapplied", "on account", "on-account", "write off", "write-off", "writeoff", "small balance", "residual", "net against",
            "netting", "offset", "reclass", "reclassify", "apply against", "apply it to", "apply them to", "clear the balance",
            "clean up", "tie off", "tie-off", "close out the balance",
            "aplicar la nota", "aplicar el abono", "aplicar el saldo", "aplicar el anticipo", "aplicar nota", "compensar",
            "compensacion", "castigar", "dar de baja", "reclasificar", "reclasificacion", "saldo residual", "cruce de cuentas",
            "cruzar", "saldar", "depurar",
        ]),
        ("po", [
            "purchase order", "po number", "po #", "po#", "p.o.", "new po", "blanket po", "po revision", "revised po", "change order",
            "out of funds", "po is closed", "po has been", "po attached", "attached po", "valid po", "missing po", "without a po",
            "orden de compra", "numero de pedido", "pedido", "la oc", "una oc", "nueva oc", "sin oc", "ampliacion",
        ]),
        ("invoicecopy", [
            "copy of invoice", "copy of the invoice", "invoice copy", "copies of", "send us the invoice", "send the invoice", "resend",
            "re-send", "statement", "w-9", "w9", "w-8", "tax form", "remit-to", "remit to", "bank details", "banking details",
            "upload", "portal", "vendor setup", "vendor form", "supplier form",
            "copia de la factura", "copia de factura", "reenviar", "reenvien", "estado de cuenta", "xml", "cfdi", "constancia",
            "certificado", "datos bancarios", "alta de proveedor",
        ]),
        ("away", [
            "out of office", "out of the office", "away from the office", "on vacation", "on leave", "limited access", "return on",
            "returning on", "i will be back", "automatic reply", "auto-reply", "autoreply",
            "fuera de la oficina", "de vacaciones", "regreso el", "estare de regreso", "respuesta automatica", "acceso limitado",
        ]),
        ("bulk", [
            "unsubscribe", "webinar", "newsletter", "click here", "verify your account", "password", "register now", "limited time",
            "darse de baja", "suscripcion", "haga clic", "inscribase", "ticket", "we have received your", "hemos recibido su",
            "delivery has failed", "undeliverable", "could not be delivered",
        ]),
        ("thanks", [
            "thank you", "thanks", "received, thanks", "got it", "noted", "gracias", "recibido", "enterado", "perfecto",
        ]),
    ];

    /// <summary>Appends one "cue_x" token per cue group found in the text (lower-cased, accents removed).</summary>
    public static void AppendCues(string text, StringBuilder destination)
    {
        var folded = Fold(text);
        foreach (var (cue, phrases) in Cues)
        {
            foreach (var phrase in phrases)
            {
                if (folded.Contains(phrase, StringComparison.Ordinal))
                {
                    destination.Append(" cue_").Append(cue);
                    break;
                }
            }
        }
    }

    /// <summary>Lower-case and strip diacritics so "devolución" and "devolucion" match the same phrase.</summary>
    internal static string Fold(string text)
    {
        var decomposed = text.ToLowerInvariant().Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                sb.Append(c == '\u2019' ? '\'' : c);
            }
        }

        return sb.ToString();
    }
}
