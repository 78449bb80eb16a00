using Stateless;
using Stateless.Graph;

namespace MailTriage.Routing.Disputes;

/// <summary>Renders the dispute lifecycle from the live state machine configuration, for docs/ROUTING.md.</summary>
public static class DisputeStateDiagram
{
    public static string Mermaid()
    {
        var state = DisputeState.New;
        var machine = new StateMachine<DisputeState, DisputeAction>(() => state, s => state = s);
        DisputeLifecycle.Configure(machine, static () => true);
        return MermaidGraph.Format(machine.GetInfo()).ReplaceLineEndings("\n").TrimEnd() + "\n";
    }
}
