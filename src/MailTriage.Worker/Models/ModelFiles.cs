namespace MailTriage.Worker.Models;

/// <summary>Where the trained models live: an explicit folder, the repository's models/ above the working directory, or the copy shipped beside the binary.</summary>
public static class ModelFiles
{
    public const string IntentModel = "intent.zip";
    public const string DisputeReasonModel = "dispute-reason.zip";
    public const string Card = "model-card.json";

    public static string ResolveFolder(string? explicitFolder)
    {
        if (!string.IsNullOrWhiteSpace(explicitFolder))
        {
            return Path.GetFullPath(explicitFolder);
        }

        return RepositoryLocator.FindUpwards(dir => File.Exists(Path.Combine(dir, "models", IntentModel))) is { } root
            ? Path.Combine(root, "models")
            : Path.Combine(AppContext.BaseDirectory, "models");
    }

    /// <summary>The repository's models/ folder, where `train` writes: found from the working directory upwards.</summary>
    public static string ResolveTrainingTarget(string? explicitFolder)
    {
        if (!string.IsNullOrWhiteSpace(explicitFolder))
        {
            return Path.GetFullPath(explicitFolder);
        }

        for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
        {
            if (Directory.Exists(Path.Combine(dir.FullName, "models", "training")))
            {
                return Path.Combine(dir.FullName, "models");
            }
        }

        throw new DirectoryNotFoundException("No models/training folder above the working directory; pass --models.");
    }
}
