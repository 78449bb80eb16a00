using System.Net;
using MailTriage.Routing.Disputes;
using MailTriage.Routing.Persistence;
using MailTriage.Worker.Review;

namespace MailTriage.Worker.Tests.Dashboard;

public sealed class DashboardPostTests
{
    [Fact]
    public async Task PostTransition_WithoutAntiforgeryToken_RejectedAndNothingChanged()
    {
        await using var host = await DashboardTestHost.StartAsync();
        var id = host.Seed.Hostile.Value;

        using var response = await host.PostAsync($"/disputes/{id}/transition", new Dictionary<string, string> { ["action"] = "start", ["actor"] = DashboardSeed.Marcus }, withCookie: false);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(DisputeState.Assigned, host.Service<IDisputeRepository>().Find(new DisputeId(id))!.State);
    }

    [Fact]
    public async Task PostTransition_WithToken_RecordedInStoreAndShownOnTimeline()
    {
        await using var host = await DashboardTestHost.StartAsync();
        var id = host.Seed.Hostile.Value;
        var (_, page) = await host.GetAsync("/owner?email=marcus.lee@fabrikam.example");

        using var response = await host.PostAsync($"/disputes/{id}/transition", new Dictionary<string, string>
        {
            ["__mt_token"] = DashboardTestHost.TokenIn(page),
            ["action"] = "start",
            ["actor"] = DashboardSeed.Marcus,
            ["note"] = "checking the price list",
            ["returnTo"] = "/owner?email=marcus.lee@fabrikam.example",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/owner?email=marcus.lee@fabrikam.example&done=", response.Headers.Location!.OriginalString, StringComparison.Ordinal);
        var dispute = host.Service<IDisputeRepository>().Find(new DisputeId(id))!;
        Assert.Equal(DisputeState.InProgress, dispute.State);
        var last = dispute.History[^1];
        Assert.Equal((DisputeEventKind.Started, DashboardSeed.Marcus, "checking the price list", true), (last.Kind, last.Actor, last.Reason, last.ByOwner));
        Assert.Equal(DisputeState.InProgress, host.Service<ISlaStateRepository>().Find(dispute.Id)!.State);
        var (_, detail) = await host.GetAsync($"/disputes/{id}");
        Assert.Contains("data-kind=\"Started\"", detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PostTransition_IllegalAction_RefusedWithMessage()
    {
        await using var host = await DashboardTestHost.StartAsync();
        var id = host.Seed.Hostile.Value;
        var (_, page) = await host.GetAsync($"/disputes/{id}");

        using var response = await host.PostAsync($"/disputes/{id}/transition", new Dictionary<string, string>
        {
            ["__mt_token"] = DashboardTestHost.TokenIn(page),
            ["action"] = "close",
            ["actor"] = DashboardSeed.Marcus,
            ["returnTo"] = $"/disputes/{id}",
        });

        var location = Uri.UnescapeDataString(response.Headers.Location!.OriginalString);
        Assert.Contains("cannot close while Assigned", location, StringComparison.Ordinal);
        Assert.EndsWith("ok=0", location, StringComparison.Ordinal);
        Assert.Equal(DisputeState.Assigned, host.Service<IDisputeRepository>().Find(new DisputeId(id))!.State);
    }

    [Fact]
    public async Task PostTransition_ForeignReturnUrl_RedirectsHome()
    {
        await using var host = await DashboardTestHost.StartAsync();
        var id = host.Seed.Hostile.Value;
        var (_, page) = await host.GetAsync($"/disputes/{id}");

        using var response = await host.PostAsync($"/disputes/{id}/transition", new Dictionary<string, string>
        {
            ["__mt_token"] = DashboardTestHost.TokenIn(page),
            ["action"] = "start",
            ["actor"] = DashboardSeed.Marcus,
            ["returnTo"] = "//evil.example/",
        });

        Assert.StartsWith("/?done=", response.Headers.Location!.OriginalString, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PostReview_Verdict_StoredAndExportedAsTrainingJsonl()
    {
        await using var host = await DashboardTestHost.StartAsync();
        var (_, page) = await host.GetAsync("/review");

        using var response = await host.PostAsync("/review", new Dictionary<string, string>
        {
            ["__mt_token"] = DashboardTestHost.TokenIn(page),
            ["mailbox"] = "ar-us",
            ["source"] = "review-1.eml",
            ["label"] = "invoice_request",
            ["reason"] = "",
            ["analyst"] = "ana.lyst@fabrikam.example",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var stored = Assert.Single(host.Service<IReviewCorrectionStore>().All());
        Assert.Equal(("invoice_request", "other", false), (stored.Label, stored.PredictedLabel, stored.Confirmed));
        Assert.Contains("invoice does the credit", stored.Body, StringComparison.Ordinal);
        var (_, jsonl) = await host.GetAsync("/review/corrections.jsonl");
        Assert.Contains("\"label\":\"invoice_request\"", jsonl, StringComparison.Ordinal);
        var (_, after) = await host.GetAsync("/review");
        Assert.Contains("data-kpi=\"pending\">0<", after, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PostReview_WithoutToken_Rejected()
    {
        await using var host = await DashboardTestHost.StartAsync();

        using var response = await host.PostAsync("/review", new Dictionary<string, string> { ["mailbox"] = "ar-us", ["source"] = "review-1.eml", ["label"] = "other", ["analyst"] = "a@b.example" }, withCookie: false);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Empty(host.Service<IReviewCorrectionStore>().All());
    }
}
