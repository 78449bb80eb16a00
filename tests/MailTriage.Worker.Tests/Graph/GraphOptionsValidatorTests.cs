using MailTriage.Worker.Graph;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace MailTriage.Worker.Tests.Graph;

public sealed class GraphOptionsValidatorTests
{
    private static readonly GraphOptionsValidator Validator = new();

    [Theory]
    [InlineData("http://127.0.0.1:5000/v1.0")]
    [InlineData("http://localhost:5000/v1.0")]
    [InlineData("http://[::1]:5000/v1.0")]
    public void Validate_EmulatorOnLoopback_Succeeds(string baseUrl)
    {
        var result = Validator.Validate(null, new GraphOptions { Auth = GraphAuthMode.Emulator, BaseUrl = baseUrl });

        Assert.True(result.Succeeded, result.FailureMessage);
    }

    [Theory]
    [InlineData("https://graph.microsoft.com/v1.0")]
    [InlineData("http://10.0.0.5:5000/v1.0")]
    [InlineData("https://graph.example.net/v1.0")]
    public void Validate_EmulatorOnNonLoopback_IsRefusedNamingTheKeys(string baseUrl)
    {
        var result = Validator.Validate(null, new GraphOptions { Auth = GraphAuthMode.Emulator, BaseUrl = baseUrl });

        Assert.True(result.Failed);
        Assert.Contains("Graph:Auth = Emulator", result.FailureMessage, StringComparison.Ordinal);
        Assert.Contains("Graph:BaseUrl", result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_ClientSecretWithoutSecret_NamesTheMissingKey()
    {
        var result = Validator.Validate(null, new GraphOptions { Auth = GraphAuthMode.ClientSecret, TenantId = "t", ClientId = "c" });

        var failure = Assert.Single(result.Failures!);
        Assert.Equal("Graph:ClientSecret is required when Graph:Auth = ClientSecret.", failure);
    }

    [Fact]
    public void Validate_CertificateFileMissing_NamesThePath()
    {
        var result = Validator.Validate(null, new GraphOptions
        {
            Auth = GraphAuthMode.ClientCertificate, TenantId = "t", ClientId = "c", CertificatePath = "/nonexistent/app.pfx",
        });

        Assert.Contains(result.Failures!, f => f.StartsWith("Graph:CertificatePath", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("https://graph.microsoft.com", "Graph:BaseUrl must have the path /v1.0")]
    [InlineData("https://proxy.example/graph/v1.0", "Graph:BaseUrl must have the path /v1.0")]
    [InlineData("http://graph.microsoft.com/v1.0", "Graph:BaseUrl must use https")]
    [InlineData("graph.microsoft.com", "Graph:BaseUrl must be an absolute")]
    public void Validate_BadBaseUrl_ExplainsWhat(string baseUrl, string expected)
    {
        var result = Validator.Validate(null, new GraphOptions { BaseUrl = baseUrl });

        Assert.Contains(result.Failures!, f => f.StartsWith(expected, StringComparison.Ordinal));
    }

    [Fact]
    public void Validate_Defaults_Succeed()
    {
        Assert.True(Validator.Validate(null, new GraphOptions()).Succeeded);
    }

    [Fact]
    public void Validate_MoreConcurrencyThanExchangeAllows_IsRefused()
    {
        var result = Validator.Validate(null, new GraphOptions { MaxConcurrentRequestsPerMailbox = 8, BatchSize = 50 });

        Assert.Contains(result.Failures!, f => f.StartsWith("Graph:MaxConcurrentRequestsPerMailbox must be between 1 and 4", StringComparison.Ordinal));
        Assert.Contains(result.Failures!, f => f.StartsWith("Graph:BatchSize must be between 2 and 20", StringComparison.Ordinal));
    }

    [Fact]
    public void CreateClient_EmulatorOnNonLoopbackEvenUnvalidated_Throws()
    {
        var factory = new GraphServiceClientFactory(Microsoft.Extensions.Options.Options.Create(new GraphOptions { Auth = GraphAuthMode.Emulator, BaseUrl = "https://graph.microsoft.com/v1.0" }));

        Assert.Throws<InvalidOperationException>(() => factory.Create());
    }

    [Fact]
    public void AddGraphMailboxes_InvalidOptions_FailValidationWithTheKey()
    {
        var services = new ServiceCollection();
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Graph:Auth"] = "Emulator", ["Graph:BaseUrl"] = "https://graph.microsoft.com/v1.0" })
            .Build();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddGraphMailboxes();
        using var provider = services.BuildServiceProvider();

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<GraphOptions>>().Value);

        Assert.Contains("Graph:Auth = Emulator", error.Message, StringComparison.Ordinal);
    }
}
