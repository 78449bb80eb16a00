namespace MailTriage.Worker.Dashboard;

/// <summary>The dashboard's only stylesheet, served from /static/dashboard.css so the CSP can forbid inline styles.</summary>
internal static class DashboardCss
{
    public const string Path = "/static/dashboard.css";

    public const string Text = """
        :root { --ink:#1d2430; --muted:#5b6575; --line:#d9dee7; --bg:#f6f7f9; --accent:#2458a6; --bad:#b3261e; --warn:#a15c00; --ok:#2e7d32; }
        * { box-sizing: border-box; }
        body { margin:0; font:14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color:var(--ink); background:var(--bg); }
        header.top { background:#16213a; color:#fff; padding:10px 24px; display:flex; gap:24px; align-items:center; }
        header.top a { color:#cfd8ea; text-decoration:none; font-weight:600; }
        header.top a.here { color:#fff; border-bottom:2px solid #fff; }
        header.top .brand { font-weight:700; letter-spacing:.02em; color:#fff; }
        main { padding:18px 24px 40px; max-width:1400px; }
        h1 { font-size:20px; margin:4px 0 14px; } h2 { font-size:16px; margin:22px 0 8px; }
        .asof { color:var(--muted); font-size:12px; }
        .kpis { display:flex; gap:12px; flex-wrap:wrap; }
        .kpi { background:#fff; border:1px solid var(--line); border-radius:8px; padding:10px 16px; min-width:150px; }
        .kpi .n { font-size:26px; font-weight:700; display:block; } .kpi .l { color:var(--muted); font-size:12px; }
        .kpi.bad .n { color:var(--bad); } .kpi.warn .n { color:var(--warn); }
        table { border-collapse:collapse; background:#fff; border:1px solid var(--line); width:100%; }
        th, td { text-align:left; padding:6px 8px; border-bottom:1px solid var(--line); vertical-align:top; }
        th { background:#eef1f6; font-size:12px; text-transform:uppercase; letter-spacing:.03em; color:var(--muted); }
        td.num, th.num { text-align:right; font-variant-numeric:tabular-nums; }
        .grid { display:grid; grid-template-columns: repeat(auto-fit, minmax(520px, 1fr)); gap:18px; }
        .panel { background:#fff; border:1px solid var(--line); border-radius:8px; padding:12px 14px; }
        .overdue { color:var(--bad); font-weight:600; } .soon { color:var(--warn); font-weight:600; }
        svg.chart { width:100%; height:auto; } svg.chart text { font-size:12px; fill:var(--ink); }
        svg.chart rect.bar { fill:var(--accent); } svg.chart rect.bar.bad { fill:var(--bad); } svg.chart text.value { fill:var(--muted); }
        .case { background:#fff; border:1px solid var(--line); border-radius:8px; padding:12px 14px; margin-bottom:14px; }
        .case h2 { margin:0 0 6px; } .meta { color:var(--muted); }
        .actions { display:flex; flex-wrap:wrap; gap:8px; margin-top:10px; }
        .actions form, form.verdict { display:flex; gap:6px; align-items:center; background:#f2f5fa; border:1px solid var(--line); border-radius:6px; padding:6px; }
        button { background:var(--accent); color:#fff; border:0; border-radius:5px; padding:6px 12px; font-weight:600; cursor:pointer; }
        input[type=text], input[type=email], select { padding:5px 6px; border:1px solid var(--line); border-radius:4px; }
        pre.mail { white-space:pre-wrap; background:#fbfbfc; border:1px solid var(--line); padding:10px; max-height:320px; overflow:auto; }
        .flash { padding:8px 12px; border-radius:6px; margin-bottom:12px; border:1px solid var(--line); background:#fff; }
        .flash.ok { border-color:var(--ok); } .flash.refused { border-color:var(--bad); color:var(--bad); }
        a { color:var(--accent); }
        """;
}
