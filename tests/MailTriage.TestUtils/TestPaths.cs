namespace MailTriage.TestUtils;

/// <summary>Locates the repository and the shared evaluation folder from a test's output directory.</summary>
public static class TestPaths
{
    public static string RepositoryRoot { get; } = FindRoot();

    public static string SharedCorpus => Path.GetFullPath(Path.Combine(RepositoryRoot, "..", "shared", "samples", "corpus"));

    public static string Models => Path.Combine(RepositoryRoot, "models");

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "MailTriage.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("MailTriage.sln not found above " + AppContext.BaseDirectory);
    }
}
