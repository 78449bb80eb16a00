using MailTriage.Routing.Matrix;
using MailTriage.Worker.Desk;
using MailTriage.Worker.Pipeline;
using MailTriage.Worker.Reports;
using MailTriage.Worker.Review;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using NodaTime;

namespace MailTriage.Worker.Dashboard;

/// <summary>
/// The dashboard's routes. GETs render pages from the store; the two POSTs (a dispute action, a review verdict) check
/// the anti-forgery token before anything else and answer with a redirect (post/redirect/get) carrying the outcome.
/// </summary>
public static class DashboardEndpoints
{
    private const string Html = "text/html; charset=utf-8";

    public static IEndpointRouteBuilder MapDashboard(this IEndpointRouteBuilder routes)
    {
        routes.MapGet(DashboardCss.Path, () => Results.Text(DashboardCss.Text, "text/css; charset=utf-8"));

        routes.MapGet("/", (DisputeReadModel model, IProcessedMessageStore messages, ReviewQueue review, TimeProvider time) =>
        {
            var now = Now(time);
            var page = ManagerPage.Render(model.Rows(now), MailboxTrafficReport.Build(messages.All()), review.Pending().Count, now);
            return Results.Content(page, Html);
        });

        routes.MapGet("/owner", (string? email, string? done, string? ok, HttpContext context, DisputeReadModel model, DisputeDetailReader details, ReviewQueue review,
            ResolutionMatrix matrix, IAntiforgery antiforgery, TimeProvider time) =>
        {
            var now = Now(time);
            if (string.IsNullOrWhiteSpace(email))
            {
                return Results.Content(OwnerPage.Pick(Owners(matrix, model.Rows(now)), now), Html);
            }

            var cases = model.Rows(now)
                .Where(r => r.IsOpen && string.Equals(r.OwnerEmail, email.Trim(), StringComparison.OrdinalIgnoreCase))
                .OrderBy(r => r.NextDueAt ?? Instant.MaxValue)
                .Select(r => details.Find(r.Id.Value, now))
                .OfType<DisputeDetail>()
                .Select(d => new OwnerCase(d, d.Messages.Select(review.Original).FirstOrDefault(m => m is not null)))
                .ToArray();
            var tokens = antiforgery.GetAndStoreTokens(context);
            return Results.Content(OwnerPage.Render(email.Trim(), cases, tokens, now, done, ok != "0"), Html);
        });

        routes.MapGet("/disputes/{id}", (string id, string? done, string? ok, HttpContext context, DisputeDetailReader details, IAntiforgery antiforgery, TimeProvider time) =>
        {
            var now = Now(time);
            if (details.Find(id, now) is not { } detail)
            {
                return Results.NotFound($"No dispute '{id}'.");
            }

            return Results.Content(DisputePage.Render(detail, antiforgery.GetAndStoreTokens(context), now, done, ok != "0"), Html);
        });

        routes.MapPost("/disputes/{id}/transition", async (string id, HttpContext context, IAntiforgery antiforgery, DisputeWorkflow workflow) =>
        {
            if (!await antiforgery.IsRequestValidAsync(context))
            {
                return Results.BadRequest("Missing or invalid anti-forgery token: reload the page and try again.");
            }

            var form = await context.Request.ReadFormAsync();
            var returnTo = global::MailTriage.Worker.Dashboard.Html.LocalPath(form["returnTo"]);
            if (!DisputeVerbs.TryParse(form["action"], out var action))
            {
                return Redirect(returnTo, $"Unknown action '{form["action"]}'.", false);
            }

            var result = workflow.Apply(new DisputeCommand(id, action, form["actor"].ToString(), form["note"], Blank(form["owner"]), Blank(form["creditMemo"])));
            return Redirect(returnTo, result.Message, result.Succeeded);
        });

        routes.MapGet("/review", (string? done, string? ok, HttpContext context, ReviewQueue review, IAntiforgery antiforgery, TimeProvider time) =>
        {
            var pending = review.Pending().Select(i => (i, review.Original(i.Message))).ToArray();
            var page = ReviewPage.Render(pending, review.Reviewed(), antiforgery.GetAndStoreTokens(context), Now(time), done, ok != "0");
            return Results.Content(page, Html);
        });

        routes.MapPost("/review", async (HttpContext context, IAntiforgery antiforgery, ReviewQueue review) =>
        {
            if (!await antiforgery.IsRequestValidAsync(context))
            {
                return Results.BadRequest("Missing or invalid anti-forgery token: reload the page and try again.");
            }

            var form = await context.Request.ReadFormAsync();
            var problem = review.Correct(form["mailbox"].ToString(), form["source"].ToString(), form["label"].ToString(), Blank(form["reason"]), form["analyst"].ToString());
            return Redirect("/review", problem ?? "Verdict saved.", problem is null);
        });

        routes.MapGet("/review/corrections.jsonl", (IReviewCorrectionStore corrections) =>
        {
            using var writer = new StringWriter();
            CorrectionTrainingExport.Write(corrections.All(), writer);
            return Results.File(System.Text.Encoding.UTF8.GetBytes(writer.ToString()), "application/x-ndjson", "review-corrections.jsonl");
        });

        return routes;
    }

    private static Instant Now(TimeProvider time) => Instant.FromDateTimeOffset(time.GetUtcNow());

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static IResult Redirect(string path, string message, bool ok)
    {
        var separator = path.Contains('?', StringComparison.Ordinal) ? '&' : '?';
        return Results.Redirect($"{path}{separator}done={Uri.EscapeDataString(message)}&ok={(ok ? "1" : "0")}");
    }

    private static List<(string Name, string Email, int Open)> Owners(ResolutionMatrix matrix, IReadOnlyList<DisputeRow> rows)
    {
        var open = rows.Where(r => r.IsOpen && r.OwnerEmail is not null).GroupBy(r => r.OwnerEmail!, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => (g.First().OwnerLabel, g.Count()), StringComparer.OrdinalIgnoreCase);
        var people = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var team in matrix.Teams.Values)
        {
            people.TryAdd(team.Manager.Email, team.Manager.Name);
            foreach (var m in team.Members)
            {
                people.TryAdd(m.Email, m.Name);
            }
        }

        foreach (var (email, (name, _)) in open)
        {
            people.TryAdd(email, name);
        }

        return [.. people.Select(p => (p.Value, p.Key, open.TryGetValue(p.Key, out var o) ? o.Item2 : 0))
            .OrderByDescending(p => p.Item3).ThenBy(p => p.Value, StringComparer.Ordinal)];
    }
}
