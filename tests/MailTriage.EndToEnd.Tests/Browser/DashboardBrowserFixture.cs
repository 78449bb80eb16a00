using MailTriage.Worker.Dashboard;
using MailTriage.Worker.Tests.Dashboard;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Time.Testing;
using Microsoft.Playwright;

namespace MailTriage.EndToEnd.Tests.Browser;

/// <summary>
/// The dashboard on a real Kestrel socket at 127.0.0.1 (random port) over a seeded store, and one headless Debian
/// chromium driven by Playwright. Nothing starts when chromium is absent: the tests are skipped then.
/// </summary>
public sealed class DashboardBrowserFixture : IAsyncLifetime
{
    private IPlaywright? _playwright;

    public DashboardSeed Seed { get; private set; } = null!;
    public WebApplication App { get; private set; } = null!;
    public IBrowser Browser { get; private set; } = null!;
    public string BaseUrl { get; private set; } = "";

    public async Task InitializeAsync()
    {
        if (!File.Exists(BrowserFactAttribute.ChromiumPath))
        {
            return;
        }

        Seed = DashboardSeed.Create();
        var options = new DashboardOptions { Urls = "http://127.0.0.1:0", DatabasePath = Seed.DatabasePath, MatrixPath = Seed.MatrixPath, MailboxesPath = Seed.MailboxesPath };
        App = DashboardApp.Build(options, new FakeTimeProvider(DashboardSeed.Now.ToDateTimeOffset()));
        await App.StartAsync();
        BaseUrl = App.Urls.First().TrimEnd('/');

        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = BrowserFactAttribute.ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
    }

    public T Service<T>() where T : notnull => (T)App.Services.GetService(typeof(T))!;

    /// <summary>A fresh page that fails the test if anything on it ever opens a dialog (alert, confirm, prompt).</summary>
    public async Task<(IPage Page, List<string> Dialogs)> NewPageAsync()
    {
        var page = await Browser.NewPageAsync(new() { ViewportSize = new() { Width = 1400, Height = 1000 } });
        var dialogs = new List<string>();
        page.Dialog += async (_, dialog) =>
        {
            dialogs.Add(dialog.Message);
            await dialog.DismissAsync();
        };
        return (page, dialogs);
    }

    public async Task DisposeAsync()
    {
        if (_playwright is null)
        {
            return;
        }

        await Browser.CloseAsync();
        _playwright.Dispose();
        await App.DisposeAsync();
        Seed.Dispose();
    }
}
