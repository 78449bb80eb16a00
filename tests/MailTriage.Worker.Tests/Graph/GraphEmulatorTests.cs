using System.Net;
using System.Text;
using System.Text.Json;
using MailTriage.GraphEmulator;
using MailTriage.GraphEmulator.Counters;

namespace MailTriage.Worker.Tests.Graph;

/// <summary>The emulator's own Graph behaviour, checked over raw HTTP so the worker's client cannot hide a fault.</summary>
public sealed class GraphEmulatorTests
{
    private const string Immutable = "IdType=\"ImmutableId\"";

    [Fact]
    public async Task Move_WithoutImmutableIdPreference_ChangesTheIdAndTheOldIdIsNotFound()
    {
        await using var graph = await GraphEmulator.GraphEmulator.StartAsync();
        var mailbox = graph.AddMailbox("ar@contoso.example");
        var message = mailbox.AddMessage(GraphHarness.Mail(1));
        using var http = new HttpClient();

        var moved = await SendAsync(http, HttpMethod.Post, $"{graph.BaseUrl}/users/ar%40contoso.example/messages/{message.RestId}/move", "{\"DestinationId\":\"archive\"}");
        var newId = moved.RootElement.GetProperty("id").GetString();
        using var stale = await http.GetAsync(new Uri($"{graph.BaseUrl}/users/ar%40contoso.example/messages/{message.RestId}"));

        Assert.NotEqual(message.RestId, newId);
        Assert.Equal(HttpStatusCode.NotFound, stale.StatusCode);
        Assert.Equal(message.Id, mailbox.Find(newId!)!.Id);
        Assert.Equal(2, mailbox.Counters.MissingImmutableIdPrefer);
    }

    [Fact]
    public async Task Move_WithImmutableIdPreference_KeepsTheId()
    {
        await using var graph = await GraphEmulator.GraphEmulator.StartAsync();
        var mailbox = graph.AddMailbox("ar@contoso.example");
        var message = mailbox.AddMessage(GraphHarness.Mail(1));
        using var http = new HttpClient();

        var moved = await SendAsync(http, HttpMethod.Post, $"{graph.BaseUrl}/users/ar%40contoso.example/messages/{message.Id}/move", "{\"destinationId\":\"archive\"}", Immutable);

        Assert.Equal(message.Id, moved.RootElement.GetProperty("id").GetString());
        Assert.Equal("archive", mailbox.Find(message.Id)!.FolderName);
    }

    [Fact]
    public async Task Delta_WithoutMaxPageSize_PagesByTenWithAbsoluteLinksToItself()
    {
        await using var graph = await GraphEmulator.GraphEmulator.StartAsync();
        var mailbox = graph.AddMailbox("ar@contoso.example");
        Enumerable.Range(1, 12).ToList().ForEach(n => mailbox.AddMessage(GraphHarness.Mail(n)));
        using var http = new HttpClient();

        var first = await SendAsync(http, HttpMethod.Get, $"{graph.BaseUrl}/users/ar%40contoso.example/mailFolders/inbox/messages/delta()?$select=subject", prefer: Immutable);
        var next = first.RootElement.GetProperty("@odata.nextLink").GetString()!;
        var second = await SendAsync(http, HttpMethod.Get, next, prefer: Immutable);

        Assert.Equal(10, first.RootElement.GetProperty("value").GetArrayLength());
        Assert.StartsWith(graph.BaseUrl, next, StringComparison.Ordinal);
        Assert.Equal(2, second.RootElement.GetProperty("value").GetArrayLength());
        Assert.True(second.RootElement.TryGetProperty("@odata.deltaLink", out _));
        Assert.False(second.RootElement.GetProperty("value")[0].TryGetProperty("body", out _), "$select is carried in the token");
        Assert.Equal(2, mailbox.Counters.MissingPageSizePrefer);
    }

    [Fact]
    public async Task Batch_MoreThanTwentyRequests_IsRejected()
    {
        await using var graph = await GraphEmulator.GraphEmulator.StartAsync();
        graph.AddMailbox("ar@contoso.example");
        using var http = new HttpClient();
        var requests = Enumerable.Range(1, 21).Select(i => new { id = $"{i}", method = "GET", url = "/users/ar@contoso.example/mailFolders/inbox" });

        using var response = await http.PostAsync(new Uri($"{graph.BaseUrl}/$batch"), Json(new { requests }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Batch_DependentOfAFailedStep_Answers424AndStepsCountPerMailbox()
    {
        await using var graph = await GraphEmulator.GraphEmulator.StartAsync();
        var mailbox = graph.AddMailbox("ar@contoso.example");
        var message = mailbox.AddMessage(GraphHarness.Mail(1));
        using var http = new HttpClient();
        var body = new
        {
            requests = new object[]
            {
                new { id = "1", method = "PATCH", url = "/users/ar@contoso.example/messages/nope", headers = new Dictionary<string, string> { ["Content-Type"] = "application/json" }, body = new { isRead = true } },
                new { id = "2", method = "POST", url = $"/users/ar@contoso.example/messages/{message.Id}/move", dependsOn = new[] { "1" }, headers = new Dictionary<string, string> { ["Content-Type"] = "application/json" }, body = new { destinationId = "archive" } },
                new { id = "3", method = "GET", url = $"/users/ar@contoso.example/messages/{message.Id}?$select=internetMessageHeaders" },
            },
        };

        using var response = await http.PostAsync(new Uri($"{graph.BaseUrl}/$batch"), Json(body));
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var statuses = json.RootElement.GetProperty("responses").EnumerateArray().ToDictionary(r => r.GetProperty("id").GetString()!, r => r.GetProperty("status").GetInt32());

        Assert.Equal(404, statuses["1"]);
        Assert.Equal(424, statuses["2"]);
        Assert.Equal(200, statuses["3"]);
        Assert.Equal("inbox", mailbox.Find(message.Id)!.FolderName);
        Assert.Equal(1, mailbox.Counters.HttpRequests);
        Assert.Equal(2, mailbox.Counters.Operations);
    }

    [Fact]
    public async Task Budget_MoreRequestsThanTheWindowAllows_AnswersTooManyRequestsWithRetryAfter()
    {
        await using var graph = await GraphEmulator.GraphEmulator.StartAsync(new GraphEmulatorOptions { RequestBudgetPerMailbox = 3, RequestBudgetWindow = TimeSpan.FromMinutes(1) });
        var mailbox = graph.AddMailbox("ar@contoso.example");
        using var http = new HttpClient();

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 4; i++)
        {
            using var response = await http.GetAsync(new Uri($"{graph.BaseUrl}/users/ar%40contoso.example/mailFolders/inbox"));
            statuses.Add(response.StatusCode);
            if (response.StatusCode == HttpStatusCode.TooManyRequests)
            {
                Assert.Equal(TimeSpan.FromSeconds(1), response.Headers.RetryAfter?.Delta);
            }
        }

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], statuses);
        Assert.Equal(1, mailbox.Counters.Throttled);
        Assert.Equal(4, mailbox.Counters.Of(GraphRequestKind.GetFolder));
    }

    private static async Task<JsonDocument> SendAsync(HttpClient http, HttpMethod method, string url, string? body = null, string? prefer = null)
    {
        using var request = new HttpRequestMessage(method, new Uri(url));
        if (body is not null)
        {
            request.Content = new StringContent(body, Encoding.UTF8, "application/json");
        }

        if (prefer is not null)
        {
            request.Headers.TryAddWithoutValidation("Prefer", prefer);
        }

        using var response = await http.SendAsync(request);
        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync());
    }

    private static StringContent Json(object value) => new(JsonSerializer.Serialize(value), Encoding.UTF8, "application/json");
}
