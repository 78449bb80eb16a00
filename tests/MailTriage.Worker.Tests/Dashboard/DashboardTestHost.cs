using System.Net;
using System.Text.RegularExpressions;
using MailTriage.Worker.Dashboard;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Time.Testing;

namespace MailTriage.Worker.Tests.Dashboard;

/// <summary>The real dashboard app on an in-process test server over a seeded store, with the clock fixed at <see cref="DashboardSeed.Now"/>.</summary>
internal sealed partial class DashboardTestHost : IAsyncDisposable
{
    private string? _cookie;

    private DashboardTestHost(DashboardSeed seed, WebApplication app)
    {
        Seed = seed;
        App = app;
        Client = app.GetTestClient();
    }

    public DashboardSeed Seed { get; }
    public WebApplication App { get; }
    public HttpClient Client { get; }

    public static async Task<DashboardTestHost> StartAsync(string? apiKey = null)
    {
        var seed = DashboardSeed.Create();
        var options = new DashboardOptions { DatabasePath = seed.DatabasePath, MatrixPath = seed.MatrixPath, MailboxesPath = seed.MailboxesPath, ApiKey = apiKey };
        var app = DashboardApp.Build(options, new FakeTimeProvider(DashboardSeed.Now.ToDateTimeOffset()), b => b.WebHost.UseTestServer());
        await app.StartAsync();
        return new DashboardTestHost(seed, app);
    }

    public T Service<T>() where T : notnull => (T)App.Services.GetService(typeof(T))!;

    /// <summary>GETs a page and remembers the anti-forgery cookie, as a browser would.</summary>
    public async Task<(HttpResponseMessage Response, string Html)> GetAsync(string path)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        AddCookie(request);
        var response = await Client.SendAsync(request);
        if (response.Headers.TryGetValues("Set-Cookie", out var cookies))
        {
            _cookie = string.Join("; ", cookies.Select(c => c.Split(';')[0]));
        }

        return (response, await response.Content.ReadAsStringAsync());
    }

    public static string TokenIn(string html) => TokenPattern().Match(html) is { Success: true } m ? WebUtility.HtmlDecode(m.Groups[1].Value) : throw new InvalidOperationException("No anti-forgery token in the page.");

    public async Task<HttpResponseMessage> PostAsync(string path, IDictionary<string, string> form, bool withCookie = true)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new FormUrlEncodedContent(form) };
        if (withCookie)
        {
            AddCookie(request);
        }

        return await Client.SendAsync(request);
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await App.DisposeAsync();
        Seed.Dispose();
    }

    private void AddCookie(HttpRequestMessage request)
    {
        if (_cookie is not null)
        {
            request.Headers.Add("Cookie", _cookie);
        }
    }

    [GeneratedRegex("name=\"__mt_token\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}
