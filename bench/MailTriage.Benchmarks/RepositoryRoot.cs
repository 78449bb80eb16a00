namespace MailTriage.Benchmarks;

internal static class RepositoryRoot
{
    public static string Find() =>
        MailTriage.Worker.Models.RepositoryLocator.FindUpwards(dir => File.Exists(Path.Combine(dir, "MailTriage.sln")))
        ?? throw new DirectoryNotFoundException("MailTriage.sln not found above the working directory.");
}
