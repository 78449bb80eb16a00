using MailTriage.Worker.Options;

namespace MailTriage.Worker.Tests.Options;

public sealed class MailTriageOptionsValidatorTests
{
    [Fact]
    public void Validate_LocalMailboxWithoutPath_NamesTheExactKey()
    {
        var options = new MailTriageOptions { Mailboxes = [new MailboxOptions { Id = "ar", Address = "ar@x.example", Source = MailboxSourceKind.Local }] };

        var result = new MailTriageOptionsValidator().Validate(null, options);

        Assert.True(result.Failed);
        Assert.Contains(result.Failures!, f => f.StartsWith("MailTriage:Mailboxes:0:Path", StringComparison.Ordinal));
    }

    [Fact]
    public void Validate_SeveralProblems_ReportsEveryOne()
    {
        var options = new MailTriageOptions
        {
            Mailboxes = [new() { Id = "a", Address = "nope", Path = "x" }, new() { Id = "A", Address = "b@x.example", Path = "y" }],
            PollInterval = TimeSpan.Zero,
        };

        var failures = new MailTriageOptionsValidator().Validate(null, options).Failures!.ToArray();

        Assert.Contains(failures, f => f.StartsWith("MailTriage:Mailboxes:0:Address", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.StartsWith("MailTriage:Mailboxes:1:Id", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.StartsWith("MailTriage:PollInterval", StringComparison.Ordinal));
    }

    [Fact]
    public void Validate_NoMailboxes_Fails()
    {
        Assert.True(new MailTriageOptionsValidator().Validate(null, new MailTriageOptions()).Failed);
    }
}
