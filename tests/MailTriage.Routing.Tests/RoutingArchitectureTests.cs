namespace MailTriage.Routing.Tests;

/// <summary>Routing is the pure core: no storage, no mail, no classifier; time and files come in from the host.</summary>
public sealed class RoutingArchitectureTests
{
    private static readonly string[] Allowed = ["NodaTime", "Stateless", "YamlDotNet", "System.Runtime", "System.Collections", "System.Collections.Immutable", "System.Linq", "System.Text.RegularExpressions", "System.Memory", "System.Runtime.InteropServices"];

    [Fact]
    public void RoutingAssembly_References_OnlyTimeStateMachineAndYaml()
    {
        var references = typeof(RoutingAssemblyMarker).Assembly.GetReferencedAssemblies().Select(a => a.Name!).ToList();

        Assert.All(references, name => Assert.Contains(name, Allowed));
        Assert.DoesNotContain(references, name => name.StartsWith("MailTriage", StringComparison.Ordinal) || name.StartsWith("LiteDB", StringComparison.Ordinal));
    }
}
