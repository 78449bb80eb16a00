using MailTriage.Routing.Sla;
using MailTriage.Worker.Desk;
using MailTriage.Worker.Reports;
using NodaTime;
using Spectre.Console;

namespace MailTriage.Worker.Cli;

/// <summary>`disputes show` as text: facts, clocks, allowed actions, mail and timeline.</summary>
internal static class DisputeDetailText
{
    public sealed record ClockLine(string Clock, string Run, string Phase, Instant? DueAt, string Status);

    public static IReadOnlyList<ClockLine> Clocks(SlaEvaluation sla, Instant now) =>
        [.. new[] { sla.Acknowledge, sla.Resolve }.Concat(sla.Responses).Select(c => new ClockLine(
            c.Kind.ToString(), c.Run.ToString(), c.Phase.ToString(), c.DueAt,
            c.Run == SlaClockRun.Stopped ? (c.Met ? "met" : "missed")
            : c.DueAt is { } due ? (due < now ? $"overdue by {SlaText.Span(now - due)}" : $"due in {SlaText.Span(due - now)}")
            : "paused"))];

    public static void Print(DisputeDetail d, Instant now)
    {
        Tables.Prepare();
        var r = d.Row;
        var facts = new Grid().AddColumn().AddColumn();
        void Add(string k, string v) => facts.AddRow($"[bold]{k}[/]", Markup.Escape(v));
        Add("case", r.Id.Value);
        Add("state", r.State.ToString());
        Add("subject", r.Subject ?? "-");
        Add("customer", r.CustomerLabel);
        Add("reason", r.Reason);
        Add("invoices", string.Join(", ", r.InvoiceNumbers));
        Add("amount", MoneyTotals.Format(r.Amount, r.Currency));
        Add("team / owner", $"{r.TeamId} / {r.OwnerLabel} <{r.OwnerEmail}>");
        Add("priority / escalation", $"{r.Priority} / level {r.EscalationLevel}");
        Add("opened", $"{SlaText.Utc(r.OpenedAt)} ({SlaText.Days(r.AgeBusinessDays)} business days)");
        Add("SLA", SlaText.Countdown(r, now));
        Add("credit memo", d.CreditMemoNumber ?? "-");
        Add("allowed now", string.Join(", ", d.Allowed.Select(DisputeVerbs.Name)));
        AnsiConsole.Write(facts);

        var clocks = new Table().Title("SLA clocks").AddColumns("clock", "run", "phase", "due", "status");
        foreach (var c in Clocks(d.Sla, now))
        {
            clocks.AddRow(c.Clock, c.Run, c.Phase, SlaText.Utc(c.DueAt), c.Status);
        }

        AnsiConsole.Write(clocks);

        if (d.Messages.Count > 0)
        {
            var mail = new Table().Title("Messages").AddColumns("received", "mailbox", "subject", "intent", "invoices", "amounts");
            foreach (var m in d.Messages)
            {
                mail.AddRow(m.FirstSeenAt.ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture), Markup.Escape(m.MailboxId),
                    Markup.Escape(m.Subject ?? "-"), Markup.Escape(m.Label ?? "-"), Markup.Escape(string.Join(", ", m.InvoiceNumbers)), Markup.Escape(string.Join(", ", m.Amounts)));
            }

            AnsiConsole.Write(mail);
        }

        var timeline = new Table().Title("Timeline").AddColumns("#", "at", "event", "by", "from → to", "note");
        foreach (var e in d.Timeline)
        {
            timeline.AddRow(e.Sequence.ToString(System.Globalization.CultureInfo.InvariantCulture), SlaText.Utc(e.At), e.Kind.ToString(), Markup.Escape($"{e.Actor} ({e.ActorKind})"),
                e.From == e.To ? e.To.ToString() : $"{e.From} → {e.To}", Markup.Escape(e.Reason ?? ""));
        }

        AnsiConsole.Write(timeline);
    }
}
