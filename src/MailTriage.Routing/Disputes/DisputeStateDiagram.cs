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
        // Stateless labels internal transitions with their action's name ("[Function]"); the self-loop already says
        // the state does not change, so the label is noise for the AR managers who read this diagram.
        return MermaidGraph.Format(machine.GetInfo())
            .Replace(" [Function]", string.Empty, StringComparison.Ordinal)
            .ReplaceLineEndings("\n")
            .TrimEnd() + "\n";
    }
}
