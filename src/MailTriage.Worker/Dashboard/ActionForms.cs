using System.Text;
using MailTriage.Routing.Disputes;
using MailTriage.Worker.Desk;
using Microsoft.AspNetCore.Antiforgery;

namespace MailTriage.Worker.Dashboard;

/// <summary>
/// One small POST form per action the dispute's state allows right now, each with the anti-forgery token. The buttons
/// come from the state machine, so a button for an illegal move is never drawn (and the server refuses it anyway).
/// </summary>
public static class ActionForms
{
    public static string Render(DisputeId id, IReadOnlyList<DisputeAction> allowed, string? actor, string returnTo, AntiforgeryTokenSet tokens)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        var html = new StringBuilder("<div class=\"actions\">");
        foreach (var action in allowed)
        {
            var verb = DisputeVerbs.Name(action);
            html.Append("<form method=\"post\" action=\"/disputes/").Append(Html.E(Html.Q(id.Value))).Append("/transition\" data-action=\"").Append(Html.E(verb)).Append("\">");
            html.Append("<input type=\"hidden\" name=\"").Append(Html.E(tokens.FormFieldName)).Append("\" value=\"").Append(Html.E(tokens.RequestToken)).Append("\">");
            html.Append("<input type=\"hidden\" name=\"action\" value=\"").Append(Html.E(verb)).Append("\">");
            html.Append("<input type=\"hidden\" name=\"returnTo\" value=\"").Append(Html.E(returnTo)).Append("\">");
            if (actor is null)
            {
                html.Append("<input type=\"email\" name=\"actor\" placeholder=\"your e-mail\" required>");
            }
            else
            {
                html.Append("<input type=\"hidden\" name=\"actor\" value=\"").Append(Html.E(actor)).Append("\">");
            }

            if (action is DisputeAction.ResolveValid or DisputeAction.RecordCreditMemo)
            {
                html.Append("<input type=\"text\" name=\"creditMemo\" placeholder=\"credit memo no.\"").Append(action == DisputeAction.RecordCreditMemo ? " required" : "").Append('>');
            }

            html.Append("<input type=\"text\" name=\"note\" placeholder=\"note\">");
            html.Append("<button type=\"submit\">").Append(Html.E(verb)).Append("</button></form>");
        }

        return html.Append("</div>").ToString();
    }
}
