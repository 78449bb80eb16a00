using MailTriage.Routing.Teams;
using YamlDotNet.RepresentationModel;

namespace MailTriage.Routing.Matrix.Loading;

/// <summary>Reads a <c>{ name, email }</c> contact (team manager, AR manager).</summary>
internal static class ContactReader
{
    public static Contact? Read(MatrixYamlReader reader, YamlNode? node, string section, int? row, string what, YamlNode parent)
    {
        if (node is null)
        {
            reader.Problem(section, row, parent, $"'{what}' is required (name and email)");
            return null;
        }

        if (reader.Map(node, section, row, $"'{what}'") is not { } map)
        {
            return null;
        }

        reader.CheckKeys(map, section, row, "name", "email");
        var name = reader.Text(map, "name", section, row, required: true);
        var email = reader.Text(map, "email", section, row, required: true);
        if (email is not null && !LooksLikeEmail(email))
        {
            reader.Problem(section, row, MatrixYamlReader.Get(map, "email"), $"'{email}' is not an email address");
            return null;
        }

        return name is null || email is null ? null : new Contact(name, email);
    }

    public static bool LooksLikeEmail(string text) =>
        text.IndexOf('@', StringComparison.Ordinal) is > 0 and var at && at < text.Length - 1 && !text.Contains(' ', StringComparison.Ordinal);
}
