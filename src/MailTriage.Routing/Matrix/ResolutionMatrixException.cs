namespace MailTriage.Routing.Matrix;

/// <summary>The matrix file is not usable; <see cref="Problems"/> lists every problem found, not just the first.</summary>
public sealed class ResolutionMatrixException : Exception
{
    public ResolutionMatrixException(IReadOnlyList<MatrixProblem> problems)
        : base($"The resolution matrix has {problems.Count} problem(s):{Environment.NewLine}  " + string.Join(Environment.NewLine + "  ", problems))
    {
        Problems = problems;
    }

    public IReadOnlyList<MatrixProblem> Problems { get; }
}
