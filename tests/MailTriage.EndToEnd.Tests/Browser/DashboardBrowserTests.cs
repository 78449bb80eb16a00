using System.Globalization;
using MailTriage.Routing.Disputes;
using MailTriage.Routing.Persistence;
using MailTriage.TestUtils;
using MailTriage.Worker.Tests.Dashboard;
using Microsoft.Playwright;

namespace MailTriage.EndToEnd.Tests.Browser;

public sealed class DashboardBrowserTests(DashboardBrowserFixture fixture) : IClassFixture<DashboardBrowserFixture>
{
    [BrowserFact]
    public async Task ManagerView_Load_NumbersMatchStore()
    {
        var (page, dialogs) = await fixture.NewPageAsync();
        await page.GotoAsync(fixture.BaseUrl + "/");

        var disputes = fixture.Service<IDisputeRepository>();
        var overdue = fixture.Service<ISlaStateRepository>().Overdue(DashboardSeed.Now).Count(s => s.State.IsOpen());
        Assert.Equal(N(disputes.OpenDisputeIds().Count), await page.Locator("[data-kpi=open]").InnerTextAsync());
        Assert.Equal(N(overdue), await page.Locator("[data-kpi=overdue]").InnerTextAsync());
        Assert.Equal(N(disputes.OpenByOwner(DashboardSeed.Marcus).Count), await page.Locator($"#workload tr[data-owner='{DashboardSeed.Marcus}'] [data-open]").InnerTextAsync());
        Assert.Equal(overdue, await page.Locator("#late td.overdue").CountAsync());
        Assert.Empty(dialogs);
        await page.CloseAsync();
    }

    [BrowserFact]
    public async Task OwnerView_ClickStart_TransitionRecorded()
    {
        var (page, dialogs) = await fixture.NewPageAsync();
        var id = fixture.Seed.DueSoon.Value;
        await page.GotoAsync($"{fixture.BaseUrl}/owner?email={DashboardSeed.Elena}");
        var form = page.Locator($"section[data-dispute='{id}'] form[data-action='start']");
        await form.Locator("input[name=note]").FillAsync("pulling the packing list");

        await form.Locator("button").ClickAsync();
        await page.WaitForURLAsync("**/owner?email=*done=*");

        Assert.Contains("start recorded; now InProgress", await page.Locator(".flash").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal("InProgress", await page.Locator($"section[data-dispute='{id}'] [data-state]").InnerTextAsync());
        var stored = fixture.Service<IDisputeRepository>().Find(new DisputeId(id))!;
        Assert.Equal((DisputeState.InProgress, DisputeEventKind.Started, DashboardSeed.Elena, "pulling the packing list"),
            (stored.State, stored.History[^1].Kind, stored.History[^1].Actor, stored.History[^1].Reason));
        await page.GotoAsync($"{fixture.BaseUrl}/disputes/{id}");
        Assert.Equal(1, await page.Locator("#timeline tr[data-kind=Started]").CountAsync());
        Assert.Empty(dialogs);
        await page.CloseAsync();
    }

    [BrowserFact]
    public async Task HostileSubjects_EveryView_ShownAsTextAndNeverRun()
    {
        var (page, dialogs) = await fixture.NewPageAsync();
        var violations = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Text.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase))
            {
                violations.Add(message.Text);
            }
        };
        var hostile = fixture.Seed.Hostile.Value;

        foreach (var path in new[] { "/", $"/owner?email={DashboardSeed.Marcus}", $"/disputes/{hostile}" })
        {
            await page.GotoAsync(fixture.BaseUrl + path);
            Assert.Contains(DashboardSeed.ScriptSubject, await page.Locator("main").InnerTextAsync(), StringComparison.Ordinal);
            Assert.Equal(0, await page.Locator("main script").CountAsync());
        }

        await page.GotoAsync(fixture.BaseUrl + "/review");
        Assert.Equal(DashboardSeed.ImgSubject, await page.Locator("section[data-message] h2.subject").InnerTextAsync());
        Assert.Equal(0, await page.Locator("main img, main script").CountAsync());
        await page.WaitForTimeoutAsync(200);

        Assert.Empty(dialogs);
        Assert.Empty(violations);
        await page.CloseAsync();
    }

    [BrowserFact]
    public async Task Screenshots_EachView_WrittenAsPng()
    {
        // Set MAILTRIAGE_WRITE_SCREENSHOTS=1 to refresh the README's pictures in docs/; otherwise they go to temp.
        var target = Environment.GetEnvironmentVariable("MAILTRIAGE_WRITE_SCREENSHOTS") == "1"
            ? Path.Combine(TestPaths.RepositoryRoot, "docs")
            : Path.Combine(fixture.Seed.Folder, "screenshots");
        Directory.CreateDirectory(target);
        var (page, _) = await fixture.NewPageAsync();
        foreach (var (path, file) in new[] { ("/", "dashboard-manager.png"), ($"/owner?email={DashboardSeed.Marcus}", "dashboard-owner.png"), ("/review", "dashboard-review.png") })
        {
            await page.GotoAsync(fixture.BaseUrl + path);
            await page.ScreenshotAsync(new() { Path = Path.Combine(target, file), FullPage = true });
            Assert.True(new FileInfo(Path.Combine(target, file)).Length > 10_000, $"{file} looks empty");
        }

        await page.CloseAsync();
    }

    private static string N(int n) => n.ToString(CultureInfo.InvariantCulture);
}
