using System.Net;
using System.Text.RegularExpressions;
using MailTriage.Routing.Persistence;
using MailTriage.Worker.Dashboard;
using MailTriage.Worker.Storage;
using NodaTime;

namespace MailTriage.Worker.Tests.Dashboard;

public sealed partial class DashboardPageTests
{
    [Fact]
    public async Task GetManager_SeededStore_NumbersMatchStore()
    {
        await using var host = await DashboardTestHost.StartAsync();
        var (response, html) = await host.GetAsync("/");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var sla = host.Service<ISlaStateRepository>();
        var disputes = host.Service<IDisputeRepository>();
        var now = DashboardSeed.Now;
        Assert.Equal(disputes.OpenDisputeIds().Count.ToString(System.Globalization.CultureInfo.InvariantCulture), Kpi(html, "open"));
        Assert.Equal(sla.Overdue(now).Count(s => s.State.IsOpenState()).ToString(System.Globalization.CultureInfo.InvariantCulture), Kpi(html, "overdue"));
        Assert.Equal(sla.DueBetween(now, now + Duration.FromHours(24)).Count.ToString(System.Globalization.CultureInfo.InvariantCulture), Kpi(html, "due-soon"));
        Assert.Equal("1", Kpi(html, "needs-review"));
        Assert.Contains($"data-dispute=\"{host.Seed.Overdue}\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain($"data-dispute=\"{host.Seed.Closed}\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetManager_LateDisputes_SortedMostOverdueFirst()
    {
        await using var host = await DashboardTestHost.StartAsync();
        var (_, html) = await host.GetAsync("/");

        var late = LateRows().Matches(html[html.IndexOf("id=\"late\"", StringComparison.Ordinal)..]).Select(m => m.Groups[1].Value).ToArray();
        Assert.Equal([host.Seed.Overdue.Value, host.Seed.Hostile.Value, host.Seed.DueSoon.Value], late);
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/owner?email=marcus.lee@fabrikam.example")]
    [InlineData("/review")]
    [InlineData("/disputes/DSP-000002")]
    public async Task GetPage_AnyView_SendsCspAndNoInlineScript(string path)
    {
        await using var host = await DashboardTestHost.StartAsync();
        var (response, html) = await host.GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var csp = Assert.Single(response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("script-src 'self'", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-inline", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img", html, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/owner?email=marcus.lee@fabrikam.example")]
    [InlineData("/disputes/DSP-000002")]
    public async Task GetPage_HostileDisputeSubject_AppearsEncoded(string path)
    {
        await using var host = await DashboardTestHost.StartAsync();
        var (_, html) = await host.GetAsync(path);

        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt; price on INV-2001", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetReview_HostileSubjectAndBody_AppearEncoded()
    {
        await using var host = await DashboardTestHost.StartAsync();
        var (_, html) = await host.GetAsync("/review");

        Assert.Contains("&lt;img src=x onerror=alert(1)&gt; which invoice?", html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(2)&lt;/script&gt;", html, StringComparison.Ordinal);
        Assert.Contains("data-guess>other<", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetOwner_Marcus_ShowsOnlyHisOpenDisputesWithAllowedActions()
    {
        await using var host = await DashboardTestHost.StartAsync();
        var (_, html) = await host.GetAsync("/owner?email=marcus.lee@fabrikam.example");

        Assert.Equal("2", Kpi(html, "my-open"));
        Assert.Equal("2", Kpi(html, "my-overdue"));
        Assert.Contains($"data-dispute=\"{host.Seed.Hostile}\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain($"data-dispute=\"{host.Seed.DueSoon}\"", html, StringComparison.Ordinal);
        Assert.Contains("data-action=\"start\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("data-action=\"close\"", html, StringComparison.Ordinal);
        Assert.Contains("INV-2001", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetAnyPage_ApiKeyConfiguredButMissing_Unauthorized()
    {
        await using var host = await DashboardTestHost.StartAsync(apiKey: "0123456789abcdef-key");
        var (response, _) = await host.GetAsync("/");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        using var request = new HttpRequestMessage(HttpMethod.Get, "/");
        request.Headers.Add(DashboardOptions.ApiKeyHeader, "0123456789abcdef-key");
        using var ok = await host.Client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
    }

    private static string Kpi(string html, string key) =>
        Regex.Match(html, $"data-kpi=\"{key}\">([^<]*)<") is { Success: true } m ? m.Groups[1].Value : throw new InvalidOperationException($"No KPI {key}.");

    [GeneratedRegex("<tr data-dispute=\"([^\"]+)\"")]
    private static partial Regex LateRows();
}

internal static class StateTestExtensions
{
    public static bool IsOpenState(this MailTriage.Routing.Disputes.DisputeState state) => MailTriage.Routing.Disputes.DisputeStates.IsOpen(state);
}
