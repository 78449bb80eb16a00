namespace MailTriage.Routing.Matrix;

/// <summary>One thing wrong with a matrix file, located so an AR manager can find it.</summary>
/// <param name="Section">"rules", "teams", "calendars", "slaPolicies", "regions" or "file".</param>
/// <param name="Row">1-based row number inside the section's list, when the problem is about one entry.</param>
/// <param name="Line">Line in the file, when known.</param>
public sealed record MatrixProblem(string Section, int? Row, int? Line, string Message)
{
    public override string ToString()
    {
        var where = Section switch
        {
            "rules" when Row is { } r => $"rule {r}",
            _ when Row is { } r => $"{Section} entry {r}",
            _ => Section,
        };
        return Line is { } line ? $"{where} (line {line}): {Message}" : $"{where}: {Message}";
    }
}
