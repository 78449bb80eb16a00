using MailTriage.Worker.Dashboard;

namespace MailTriage.Worker.Tests.Dashboard;

public sealed class DashboardBindingTests
{
    [Theory]
    [InlineData("http://127.0.0.1:5080")]
    [InlineData("http://localhost:5080")]
    [InlineData("http://[::1]:5080")]
    public void Check_LoopbackWithoutKey_Allowed(string urls) => Assert.Null(DashboardBinding.Check(urls, null));

    [Theory]
    [InlineData("http://0.0.0.0:5080")]
    [InlineData("http://*:5080")]
    [InlineData("http://+:5080")]
    [InlineData("http://10.1.2.3:5080")]
    [InlineData("http://127.0.0.1:5080;http://dash.fabrikam.example:80")]
    public void Check_ExposedWithoutKey_Refuses(string urls) =>
        Assert.Contains("Refusing to listen", DashboardBinding.Check(urls, null), StringComparison.Ordinal);

    [Fact]
    public void Check_ExposedWithKey_Allowed() => Assert.Null(DashboardBinding.Check("http://0.0.0.0:5080", "a-long-enough-shared-key"));

    [Fact]
    public void Build_ExposedWithoutKey_ThrowsBeforeListening()
    {
        var options = new DashboardOptions { Urls = "http://0.0.0.0:5080", DatabasePath = "unused.db", MatrixPath = "unused.yaml" };

        Assert.Throws<DashboardConfigurationException>(() => DashboardApp.Build(options, TimeProvider.System));
    }
}
