namespace MailTriage.Worker.Graph;

/// <summary>Thrown when a Graph operation fails for good; carries the classified failure for the caller's decision.</summary>
public sealed class GraphOperationException(string operation, GraphFailure failure, Exception? inner)
    : Exception($"Graph {operation} failed: {failure.Status} {failure.Code}", inner)
{
    public GraphFailure Failure { get; } = failure;
}
