return await MailTriage.Worker.Cli.MailTriageCli.RunAsync(args);
