namespace MailTriage.Routing.Matrix;

/// <summary>Either a usable matrix or the full list of problems that prevent one.</summary>
public sealed record MatrixLoadResult(ResolutionMatrix? Matrix, IReadOnlyList<MatrixProblem> Problems)
{
    public bool IsValid => Matrix is not null && Problems.Count == 0;
}
