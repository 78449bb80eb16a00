namespace MailTriage.Worker.Models;

/// <summary>Finds a folder of the repository (models/, samples/, config/) from the working directory or the binary's location, walking upwards.</summary>
public static class RepositoryLocator
{
    public static string? FindUpwards(Func<string, bool> isRoot)
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (isRoot(dir.FullName))
                {
                    return dir.FullName;
                }
            }
        }

        return null;
    }
}
