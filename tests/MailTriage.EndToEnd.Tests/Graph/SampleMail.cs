using MailTriage.GraphEmulator;
using MailTriage.TestUtils;

namespace MailTriage.EndToEnd.Tests.Graph;

/// <summary>The project's own sample mail (samples/mailbox/{mailbox}/*.eml), loaded into emulated mailboxes.</summary>
internal static class SampleMail
{
    public static IReadOnlyList<string> Files(string mailboxId) =>
        Directory.GetFiles(Path.Combine(TestPaths.RepositoryRoot, "samples", "mailbox", mailboxId), "*.eml").Order(StringComparer.Ordinal).ToList();

    /// <summary>Adds every sample of <paramref name="mailboxId"/>'s folder; returns the immutable ids.</summary>
    public static IReadOnlyList<string> Seed(EmulatedMailbox mailbox, string mailboxId) =>
        Files(mailboxId).Select(f => mailbox.AddEml(File.ReadAllText(f)).Id).ToList();

    /// <summary>
    /// Fills every mailbox of the world with its sample folder (when the project has one under that id) and
    /// <paramref name="written"/> written messages numbered from <paramref name="firstNumber"/> (distinct per mailbox).
    /// </summary>
    public static int SeedAll(GraphWorld world, int written, int firstNumber = 0)
    {
        var count = 0;
        for (var i = 0; i < world.Mailboxes.Count; i++)
        {
            var spec = world.Mailboxes[i];
            var mailbox = world.Mailbox(spec.Id);
            if (Directory.Exists(Path.Combine(TestPaths.RepositoryRoot, "samples", "mailbox", spec.Id)) && firstNumber == 0)
            {
                count += Seed(mailbox, spec.Id).Count;
            }

            count += AddWritten(world, spec, written, firstNumber);
        }

        return count;
    }

    /// <summary>Adds <paramref name="count"/> written messages to one mailbox; numbers never collide across mailboxes.</summary>
    public static int AddWritten(GraphWorld world, MailboxSpec spec, int count, int firstNumber)
    {
        var offset = (world.Mailboxes.ToList().IndexOf(spec) + 1) * 10_000;
        for (var n = firstNumber; n < firstNumber + count; n++)
        {
            world.Mailbox(spec.Id).AddMessage(WrittenMail.Mixed(offset + n, spec.Address));
        }

        return count;
    }
}
