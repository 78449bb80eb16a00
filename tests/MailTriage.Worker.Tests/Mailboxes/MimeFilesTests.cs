using MailTriage.Classifier.Mime;
using MailTriage.Worker.Mailboxes;

namespace MailTriage.Worker.Tests.Mailboxes;

public sealed class MimeFilesTests
{
    [Fact]
    public void ReadFile_MissingFile_ReturnsUnreadableInsteadOfThrowing()
    {
        var result = new MimeMessageReader().ReadFile(Path.Combine(Path.GetTempPath(), Guid.NewGuid() + ".eml"));

        Assert.Equal(MimeReadError.Unreadable, result.Error);
        Assert.Contains("cannot open file", result.ErrorReason, StringComparison.Ordinal);
    }
}
