namespace MailTriage.Worker.Cli;

public static class MailTriageCli
{
    public static Task<int> RunAsync(string[] args)
    {
        Console.WriteLine("mailtriage");
        return Task.FromResult(args.Length);
    }
}
