using System.CommandLine;

namespace MailTriage.Worker.Cli;

/// <summary>
/// Where the read-side commands (disputes, report, export, review, dashboard) find the database and the matrix:
/// --db, else data/mailtriage.db (the worker's default), else the demo's .mailtriage/demo/mailtriage.db found above
/// the working directory; --matrix, else config/resolution-matrix.yaml here or at the repository root.
/// </summary>
internal static class StoreLocation
{
    public const string DefaultDatabase = "data/mailtriage.db";
    public const string DemoDatabase = ".mailtriage/demo/mailtriage.db";
    public const string DefaultMatrix = "config/resolution-matrix.yaml";

    public static Option<string?> DbOption() => new("--db") { Description = $"LiteDB file (default: {DefaultDatabase}, else the demo's {DemoDatabase})" };

    public static Option<string?> MatrixOption() => new("--matrix") { Description = $"Resolution matrix (default: {DefaultMatrix})" };

    public static Option<bool> JsonOption() => new("--json") { Description = "Print JSON for scripts instead of a table" };

    /// <summary>The database file to open, or null with a message saying where it looked.</summary>
    public static string? ResolveDatabase(string? option, out string problem)
    {
        problem = "";
        if (option is not null)
        {
            if (File.Exists(option))
            {
                return Path.GetFullPath(option);
            }

            problem = $"No database at {Path.GetFullPath(option)}.";
            return null;
        }

        var candidates = new[] { Path.GetFullPath(DefaultDatabase) }.Concat(Above(DemoDatabase)).ToArray();
        var found = candidates.FirstOrDefault(File.Exists);
        if (found is null)
        {
            problem = $"No database found (looked at {string.Join(", ", candidates.Distinct())}); run `mailtriage demo` or pass --db.";
        }

        return found;
    }

    public static string? ResolveMatrix(string? option, out string problem)
    {
        problem = "";
        var candidates = option is not null ? [Path.GetFullPath(option)] : new[] { Path.GetFullPath(DefaultMatrix) }.Concat(Above(DefaultMatrix)).ToArray();
        var found = candidates.FirstOrDefault(File.Exists);
        if (found is null)
        {
            problem = $"No resolution matrix at {string.Join(", ", candidates.Distinct())}; pass --matrix.";
        }

        return found;
    }

    /// <summary>The demo keeps its mailboxes next to its database; a worker's local mailboxes are wherever its config says.</summary>
    public static string? MailboxesBeside(string databasePath)
    {
        var folder = Path.Combine(Path.GetDirectoryName(databasePath) ?? ".", "mailboxes");
        return Directory.Exists(folder) ? folder : null;
    }

    private static IEnumerable<string> Above(string relative)
    {
        for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
        {
            yield return Path.Combine(dir.FullName, relative);
        }
    }
}
